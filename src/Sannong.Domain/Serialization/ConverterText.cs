using System.Text;
using System.Text.Json;
using NodaTime.Text;

namespace Sannong.Domain.Serialization;

/// <summary>Shared reading code of the public converters: every failure is a <see cref="JsonException"/>.</summary>
internal static class ConverterText
{
    internal static string ReadString(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"Expected {typeName} as a JSON string, but found {reader.TokenType}.");
        }
        if (reader.ValueSpan.Length > SannongJsonLimits.MaxStringLength * 6)
        {
            throw new JsonException($"Expected {typeName}, but found a string longer than {SannongJsonLimits.MaxStringLength} characters.");
        }
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"Expected {typeName}, but found text that is not valid UTF-8.", e);
        }
        return text.Length <= SannongJsonLimits.MaxStringLength
            ? text
            : throw new JsonException($"Expected {typeName}, but found a string longer than {SannongJsonLimits.MaxStringLength} characters.");
    }

    /// <summary>Refuses any token but a number: "Expected {what}, but found {token}."</summary>
    internal static void ExpectNumber(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"Expected {what}, but found {reader.TokenType}.");
        }
    }

    /// <summary>Writes a string value; the writer must not be null.</summary>
    internal static void WriteString(Utf8JsonWriter writer, string text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(text);
    }

    /// <summary>Writes a property name; the writer must not be null.</summary>
    internal static void WritePropertyName(Utf8JsonWriter writer, string text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(text);
    }

    internal static T Parse<T>(string text, IPattern<T> pattern, string typeName, string form)
    {
        ParseResult<T> result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"\"{Clip(text)}\" is not a valid {typeName}: expected {form}.");
    }

    internal static Money ParseMoney(string text)
    {
        MoneyText.Outcome outcome = MoneyText.ParseString(text, out Money money);
        return outcome == MoneyText.Outcome.Success ? money : throw new JsonException($"Not a valid Money: {MoneyText.Explain(outcome, text)}");
    }

    /// <summary>Money from a number token, exactly from its digits.</summary>
    internal static Money ParseMoney(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = RawNumber(ref reader);
        MoneyText.Outcome outcome = MoneyText.ParseNumber(raw, out Money money);
        return outcome == MoneyText.Outcome.Success
            ? money
            : throw new JsonException($"Not a valid Money: {MoneyText.Explain(outcome, Encoding.UTF8.GetString(raw))}");
    }

    /// <summary>A whole number from a number token, exactly from its digits (12000.0 and 1.2e4 are 12000).</summary>
    internal static long ParseWhole(ref Utf8JsonReader reader, string typeName)
    {
        ReadOnlySpan<byte> raw = RawNumber(ref reader);
        return JsonNumber.Parse(raw, 0, out long value) switch
        {
            JsonNumber.Outcome.Exact => value,
            JsonNumber.Outcome.OutOfRange => throw new JsonException($"{typeName} must lie between {long.MinValue} and {long.MaxValue}, but was {Clip(Encoding.UTF8.GetString(raw))}."),
            _ => throw new JsonException($"Expected {typeName} as a whole number, but found {Clip(Encoding.UTF8.GetString(raw))}."),
        };
    }

    /// <summary>The UTF-8 of the current number token.</summary>
    internal static ReadOnlySpan<byte> RawNumber(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;

    internal static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "...";

    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
