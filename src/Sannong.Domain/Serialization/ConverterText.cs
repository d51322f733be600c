using System;
using System.Globalization;
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

    internal static T Parse<T>(string text, IPattern<T> pattern, string typeName, string form)
    {
        ParseResult<T> result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"\"{Clip(text)}\" is not a valid {typeName}: expected {form}.");
    }

    internal static Money ParseMoney(string text, bool isNumber)
    {
        MoneyText.Outcome outcome = isNumber ? MoneyText.ParseNumber(text, out Money money) : MoneyText.ParseString(text, out money);
        return outcome == MoneyText.Outcome.Success ? money : throw new JsonException($"Not a valid Money: {MoneyText.Explain(outcome, text)}");
    }

    internal static string RawNumber(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > 400)
        {
            throw new JsonException("The number has more than 400 characters.");
        }
        return Encoding.UTF8.GetString(reader.ValueSpan);
    }

    internal static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "...";

    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
