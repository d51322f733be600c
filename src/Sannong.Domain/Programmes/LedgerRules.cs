using System;
using NodaTime;

namespace Sannong.Domain.Programmes;

/// <summary>The argument checks shared by the ledger's types, so that every message reads the same.</summary>
internal static class LedgerRules
{
    /// <summary>The longest memo allowed, in UTF-16 code units.</summary>
    internal const int MaxMemoLength = 500;

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="date"/> is not in the ISO calendar.</summary>
    internal static LocalDate CheckIso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{paramName} must be in the ISO calendar, but was in the {date.Calendar.Id} calendar.", paramName);
        }
        return date;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="month"/> is not in the ISO calendar.</summary>
    internal static YearMonth CheckIso(YearMonth month, string paramName)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{paramName} must be in the ISO calendar, but was in the {month.Calendar.Id} calendar.", paramName);
        }
        return month;
    }

    /// <summary>Validates a memo: not null, at most 500 characters, no control characters (not even CR or LF), no
    /// bidirectional embeddings, overrides or isolates, noncharacters or lone surrogates.</summary>
    internal static string CheckMemo(string memo, string paramName)
    {
        ArgumentNullException.ThrowIfNull(memo, paramName);
        if (memo.Length > MaxMemoLength)
        {
            throw new ArgumentException($"{paramName} must be at most {MaxMemoLength} characters, but had {memo.Length}.", paramName);
        }
        for (int i = 0; i < memo.Length; i++)
        {
            if (char.IsControl(memo[i]))
            {
                throw new ArgumentException($"{paramName} must not contain control characters, but had U+{(int)memo[i]:X4} at index {i}.", paramName);
            }
        }
        // The rest of the free-text rules: no bidirectional embeddings, overrides or isolates, noncharacters or lone
        // surrogates, which could reorder or hide the text of a memo printed in a report.
        return Creators.TextRules.CheckFreeText(memo, MaxMemoLength, paramName);
    }

    /// <summary>Validates an optional beneficiary: null, or a valid (non-default) identifier.</summary>
    internal static InfluencerId? CheckBeneficiary(InfluencerId? beneficiary, string paramName)
    {
        if (beneficiary is { Value.Length: 0 })
        {
            throw new ArgumentException($"{paramName} must be null or a valid influencer id, but was default(InfluencerId).", paramName);
        }
        return beneficiary;
    }
}
