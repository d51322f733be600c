namespace Sannong.Domain.Creators;

/// <summary>
/// A provincial-level administrative division of China (省级行政区 shěngjí xíngzhèngqū), identified by the first two
/// digits of its GB/T 2260 administrative division code, with its name in simplified Chinese, pinyin and English.
/// </summary>
/// <remarks>
/// <para>The library knows all 34 divisions (see <see cref="ProvincialDivisions.All"/>); there is no public
/// constructor. Each division is a single instance, so reference equality is code equality; compare
/// <see cref="Code"/> when in doubt.</para>
/// </remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class ProvincialDivision
{
    internal ProvincialDivision(int number, string zhHans, string pinyin, string english, ProvincialDivisionKind kind)
    {
        Number = number;
        Code = number.ToString("D2", CultureInfo.InvariantCulture);
        ZhHans = zhHans;
        Pinyin = pinyin;
        English = english;
        Kind = kind;
    }

    /// <summary>The two-digit code, such as <c>43</c> for Hunan: the first two digits of every division code within it.</summary>
    public string Code { get; }

    /// <summary>The code as a number, such as 43.</summary>
    public int Number { get; }

    /// <summary>The full name in simplified Chinese, such as 湖南省.</summary>
    public string ZhHans { get; }

    /// <summary>The full name in Hanyu Pinyin with tone marks, such as <c>Húnán Shěng</c>.</summary>
    public string Pinyin { get; }

    /// <summary>The short English name, such as <c>Hunan</c> (without "Province").</summary>
    public string English { get; }

    /// <summary>Whether it is a province, autonomous region, municipality or special administrative region.</summary>
    public ProvincialDivisionKind Kind { get; }

    /// <summary>Returns the code and English name, such as <c>43 Hunan</c>.</summary>
    /// <returns>The code, a space and the English name.</returns>
    public override string ToString() => $"{Code} {English}";
}
