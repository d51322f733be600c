using Sannong.Domain.Creators;
using Sannong.Domain.Taxonomy;

namespace Sannong.Domain.Csv;

/// <summary>Typed values of a row's cells: each reports its own problem at the cell and gives null when absent or bad.</summary>
internal static class CsvCellValues
{
    internal static string? Text(ref CsvCells c, int field) => c.TryGet(field, out ReadOnlySpan<char> t) ? t.ToString() : null;

    internal static InfluencerId? InfluencerId(ref CsvCells c, int field)
    {
        if (!c.TryGet(field, out ReadOnlySpan<char> t))
        {
            return null;
        }
        if (Domain.InfluencerId.TryParse(t, out InfluencerId id))
        {
            return id;
        }
        c.Bad(field, DataProblemKind.InvalidValue, "must be an identifier (at most 64 characters, no control or invisible characters, no outer white space)", t);
        return null;
    }

    internal static MentorId? MentorId(ref CsvCells c, int field)
    {
        if (!c.TryGet(field, out ReadOnlySpan<char> t))
        {
            return null;
        }
        if (Domain.MentorId.TryParse(t, out MentorId id))
        {
            return id;
        }
        c.Bad(field, DataProblemKind.InvalidValue, "must be an identifier (at most 64 characters, no control or invisible characters, no outer white space)", t);
        return null;
    }

    internal static ContentId? ContentId(ref CsvCells c, int field)
    {
        if (!c.TryGet(field, out ReadOnlySpan<char> t))
        {
            return null;
        }
        if (Domain.ContentId.TryParse(t, out ContentId id))
        {
            return id;
        }
        c.Bad(field, DataProblemKind.InvalidValue, "must be an identifier (at most 64 characters, no control or invisible characters, no outer white space)", t);
        return null;
    }

    internal static long? Count(ref CsvCells c, int field)
    {
        if (!c.TryGet(field, out ReadOnlySpan<char> t))
        {
            return null;
        }
        if (CsvText.TryCount(t, c.Map.ThousandsSeparators, out long value, out bool negative))
        {
            return value;
        }
        c.Bad(field, negative ? DataProblemKind.Negative : DataProblemKind.WrongType,
            negative ? "must not be negative" : c.Map.ThousandsSeparators ? "must be a whole number such as 12000 or 12,000" : "must be a whole number such as 12000 (digits only)", t);
        return null;
    }

    internal static Money? Money(ref CsvCells c, int field)
    {
        if (!c.TryGet(field, out ReadOnlySpan<char> t))
        {
            return null;
        }
        if (CsvText.TryMoney(t, c.Map.ThousandsSeparators, out Money value))
        {
            return value;
        }
        c.Bad(field, DataProblemKind.InvalidValue, c.Map.ThousandsSeparators
            ? "must be an amount of yuan with at most two decimals, such as 1500.00 or 1,500.00"
            : "must be an amount of yuan with at most two decimals and no thousands separators, such as 1500.00", t);
        return null;
    }

    internal static LocalDate? Date(ref CsvCells c, int field, bool monthsAllowed)
    {
        if (!c.TryGet(field, out ReadOnlySpan<char> t))
        {
            return null;
        }
        bool months = monthsAllowed && c.Map.MonthsAsLastDay;
        if (CsvText.TryDate(t, months, out LocalDate value))
        {
            return value;
        }
        c.Bad(field, DataProblemKind.InvalidValue, months
            ? "must be a date (2024-03-01 or 2024/3/1) or a month (2024-03 or 2024/3, read as its last day)"
            : "must be a date such as 2024-03-01 or 2024/3/1", t);
        return null;
    }

    internal static YearMonth? Month(ref CsvCells c, int field)
    {
        if (!c.TryGet(field, out ReadOnlySpan<char> t))
        {
            return null;
        }
        if (CsvText.TryMonth(t, out YearMonth value))
        {
            return value;
        }
        c.Bad(field, DataProblemKind.InvalidValue, "must be a month such as 2024-03 or 2024/3", t);
        return null;
    }

    internal static Instant? Instant(ref CsvCells c, int field)
    {
        if (!c.TryGet(field, out ReadOnlySpan<char> t))
        {
            return null;
        }
        if (CsvText.TryInstant(t, out Instant value))
        {
            return value;
        }
        c.Bad(field, DataProblemKind.InvalidValue, "must be an instant with Z or an offset, such as 2024-09-12T00:26:49Z or 2024-09-12T08:26:49+08:00", t);
        return null;
    }

    /// <summary>A six-digit division code, or a province's name (云南省, Yunnan) read as the province's code.</summary>
    internal static Region? Region(ref CsvCells c, int field, int settlementField)
    {
        Region? region = null;
        if (c.TryGet(field, out ReadOnlySpan<char> t))
        {
            if ((t.Length == 6 && Creators.Region.TryParse(t, out Region parsed)) || Creators.Region.TryFromProvinceName(t.ToString(), out parsed))
            {
                region = parsed;
            }
            else
            {
                c.Bad(field, DataProblemKind.MalformedDivisionCode, "must be a six-digit administrative division code such as 430524, or a province's name such as 云南省", t);
            }
        }
        if (!c.TryGet(settlementField, out ReadOnlySpan<char> s))
        {
            return region;
        }
        if (!UrbanRuralCode.TryParse(s, out UrbanRuralCode settlement))
        {
            c.Bad(settlementField, DataProblemKind.InvalidValue, "must be an urban-rural code (111, 112, 121, 122, 123, 210 or 220)", s);
            return null;
        }
        return region?.WithUrbanRural(settlement);
    }

    /// <summary>Topic codes (or labels of the standard taxonomy) joined by '|'.</summary>
    internal static ImmutableArray<Topic>? Topics(ref CsvCells c, int field)
    {
        if (!c.TryGet(field, out ReadOnlySpan<char> t))
        {
            return c.HasProblems ? null : ImmutableArray<Topic>.Empty;
        }
        ImmutableArray<Topic>.Builder topics = ImmutableArray.CreateBuilder<Topic>();
        for (ReadOnlySpan<char> rest = t; ; )
        {
            int bar = rest.IndexOf(CsvFields.TopicSeparator);
            string code = (bar < 0 ? rest : rest[..bar]).ToString();
            if (SannongTaxonomy.Standard.TryGetByCode(code, out Topic? topic) || SannongTaxonomy.Standard.TryGetByLabel(code, out topic))
            {
                topics.Add(topic);
            }
            else
            {
                c.Bad(field, DataProblemKind.UnknownTopic, "must be topic codes of the standard taxonomy (farmers.cuisine) or their labels, joined by '|'", code);
                return null;
            }
            if (bar < 0)
            {
                break;
            }
            rest = rest[(bar + 1)..];
        }
        return topics.DrainToImmutable();
    }

    /// <summary>The value whose name (as SannongNames writes it) is the cell's text.</summary>
    internal static TEnum? Named<TEnum>(ref CsvCells c, int field, TEnum[] values, string[] names)
        where TEnum : struct
    {
        if (!c.TryGet(field, out ReadOnlySpan<char> t))
        {
            return null;
        }
        for (int i = 0; i < names.Length; i++)
        {
            if (t.SequenceEqual(names[i]))
            {
                return values[i];
            }
        }
        c.Bad(field, DataProblemKind.InvalidValue, $"must be one of {string.Join(", ", names)}", t);
        return null;
    }
}
