using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sannong.Domain.Serialization;

/// <summary>Converts <see cref="Money"/> to and from JSON: written as a string with two decimals in the invariant
/// form ("1234.56", "-0.50"), read from such a string or from a JSON number that is exactly a whole number of fen
/// (read from its digits, never rounded: 100.5, 100.50 and 1.005e2 are the same amount; 100.505 is an error); also as a dictionary key (the string form).</summary>
/// <remarks>A string keeps every fen exact in every JSON reader, including those that hold numbers as doubles.</remarks>
/// <threadsafety>This type is immutable: an instance never changes once built, so it may be shared and read from any number of threads at once without locking.</threadsafety>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is neither a string nor a number, has more than two decimals, is
    /// malformed or is outside the range of <see cref="Money"/>.</exception>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? ConverterText.ParseMoney(ref reader)
            : ConverterText.ParseMoney(ConverterText.ReadString(ref reader, nameof(Money)));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        ConverterText.WriteString(writer, value.ToString());

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not money in the invariant form.</exception>
    public override Money ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ConverterText.ParseMoney(ConverterText.ReadString(ref reader, nameof(Money)));

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        ConverterText.WritePropertyName(writer, value.ToString());
}
