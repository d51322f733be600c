namespace Sannong.Domain.Taxonomy;

/// <summary>The four languages in which every topic of the taxonomy is labelled.</summary>
/// <remarks>The numeric values are stable. <c>default(TopicLanguage)</c> (0) is not a defined language.</remarks>
public enum TopicLanguage
{
    /// <summary>Simplified Chinese (简体中文), such as 种植业.</summary>
    ZhHans = 1,

    /// <summary>Hanyu pinyin with tone marks (拼音 pīnyīn), such as <c>zhòngzhíyè</c>.</summary>
    Pinyin = 2,

    /// <summary>English, such as <c>Crops</c>.</summary>
    English = 3,

    /// <summary>French, such as <c>Cultures</c>.</summary>
    French = 4,
}
