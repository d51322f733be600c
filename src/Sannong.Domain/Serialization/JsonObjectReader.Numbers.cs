using System.Text.Json;

namespace Sannong.Domain.Serialization;

// The typed getters of numbers: whole numbers and counts, money and shares, each read exactly from the JSON number's
// digits (JsonNumber), never through decimal or double.
internal sealed partial class JsonObjectReader
{
    /// <summary>A whole number, read exactly from the JSON number's digits: 12000, 12000.0 and 1.2e4 are the same
    /// whole number; 12000.0000000000000000000000000001 is not whole, and 1e400 is out of range: each a problem.</summary>
    internal long? Integer(string name, bool required)
    {
        if (!TryGetNumber(name, required, "a whole number", out JsonSlice value))
        {
            return null;
        }
        if (value.TryGetInt64(out long whole))
        {
            return whole;
        }
        switch (JsonNumber.Parse(value, scale: 0, out long exact))
        {
            case JsonNumber.Outcome.Exact:
                return exact;
            case JsonNumber.Outcome.OutOfRange:
                Problem(name, DataProblemKind.OutOfRange,
                    $"{name} must lie between {long.MinValue} and {long.MaxValue}, but was {Excerpt.Of(value.RawText(), Excerpt.Long)}.");
                return null;
            default:
                Problem(name, DataProblemKind.WrongType, $"{name} must be a whole number, but was {Excerpt.Of(value.RawText(), Excerpt.Long)}.");
                return null;
        }
    }

    /// <summary>A whole number that must not be negative (a count of followers, views, impressions...).</summary>
    internal long? Count(string name, bool required)
    {
        long? value = Integer(name, required);
        if (value < 0)
        {
            Problem(name, DataProblemKind.Negative, $"{name} must not be negative, but was {value}.");
            return null;
        }
        return value;
    }

    /// <summary>A count that fits in an <see cref="int"/>.</summary>
    internal int? SmallCount(string name, bool required)
    {
        long? value = Count(name, required);
        if (value > int.MaxValue)
        {
            Problem(name, DataProblemKind.OutOfRange, $"{name} must be at most {int.MaxValue}, but was {value}.");
            return null;
        }
        return (int?)value;
    }

    /// <summary>Money from a string ("1234.56") or a number with at most two decimals; never negative.</summary>
    internal Money? Money(string name, bool required)
    {
        if (!TryGet(name, required, out JsonSlice value))
        {
            return null;
        }
        string text;
        MoneyText.Outcome outcome;
        Money money;
        switch (value.Kind)
        {
            case JsonValueKind.String:
                Span<char> chars = stackalloc char[JsonStringValue.ShortAsciiChars];
                if (TryShortAscii(name, chars, out int length)
                    && MoneyText.ParseString(chars[..length], out Money direct) == MoneyText.Outcome.Success && !direct.IsNegative)
                {
                    return direct;
                }
                string? s = ReadString(value, name);
                if (s is null)
                {
                    return null;
                }
                text = s;
                outcome = MoneyText.ParseString(s, out money);
                break;
            case JsonValueKind.Number:
                outcome = MoneyText.FromNumber(JsonNumber.Parse(value, scale: 2, out long fen), fen, out money);
                text = outcome == MoneyText.Outcome.Success || IsFull ? string.Empty : value.RawText();
                break;
            default:
                Problem(name, DataProblemKind.WrongType,
                    $"{name} must be money as a string like \"1234.56\" (or a number), but was {JsonPaths.Describe(value.Kind)}.");
                return null;
        }
        if (outcome != MoneyText.Outcome.Success)
        {
            DataProblemKind kind = outcome switch
            {
                MoneyText.Outcome.TooManyDecimals => DataProblemKind.TooManyDecimals,
                MoneyText.Outcome.OutOfRange => DataProblemKind.OutOfRange,
                _ => DataProblemKind.InvalidValue,
            };
            Problem(name, kind, $"{name}: {MoneyText.Explain(outcome, text)}");
            return null;
        }
        if (money.IsNegative)
        {
            Problem(name, DataProblemKind.Negative, $"{name} must not be negative, but was {money.ToString()} yuan.");
            return null;
        }
        return money;
    }

    /// <summary>A proportion in [0, 1], as a JSON number: the range is checked exactly on the digits (so
    /// 1.0000000000000000001 is above 1 and -1e-400 below 0, though both round to a double in range), then the value
    /// is the nearest double, as a share always is.</summary>
    internal Share? Share(string name, bool required)
    {
        if (!TryGetNumber(name, required, "a number between 0 and 1", out JsonSlice value))
        {
            return null;
        }
        int place = JsonNumber.PlaceAgainstZeroAndOne(value);
        if (place is < 0 or > 2)
        {
            Problem(name, place < 0 ? DataProblemKind.Negative : DataProblemKind.OutOfRange,
                $"{name} must be a proportion between 0 and 1 (0.5 is half), but was {Excerpt.Of(value.RawText(), Excerpt.Long)}.");
            return null;
        }
        double ratio = place switch { 0 => 0.0, 2 => 1.0, _ => value.GetDouble() };
        return Domain.Share.FromRatio(ratio);
    }

    /// <summary>Marks <paramref name="name"/> as known and returns its value when it is a number; a value of another
    /// kind is a problem saying that it must be <paramref name="expected"/>.</summary>
    private bool TryGetNumber(string name, bool required, string expected, out JsonSlice value)
    {
        if (!TryGet(name, required, out value))
        {
            return false;
        }
        if (value.Kind == JsonValueKind.Number)
        {
            return true;
        }
        Problem(name, DataProblemKind.WrongType, $"{name} must be {expected}, but was {JsonPaths.Describe(value.Kind)}.");
        return false;
    }
}
