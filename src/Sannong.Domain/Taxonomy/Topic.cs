// SKELETON: placeholder so that other layers compile; the taxonomy work replaces this file.
namespace Sannong.Domain.Taxonomy;

/// <summary>A topic of the Three Rural Issues taxonomy.</summary>
public sealed class Topic
{
    internal Topic(string code, RuralIssue issue)
    {
        Code = code;
        Issue = issue;
    }

    /// <summary>The topic's stable dotted code, such as <c>agriculture.crops</c>.</summary>
    public string Code { get; }

    /// <summary>The rural issue at the root of this topic's tree.</summary>
    public RuralIssue Issue { get; }
}
