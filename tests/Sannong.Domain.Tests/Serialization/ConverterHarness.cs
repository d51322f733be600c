using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sannong.Domain.Serialization;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Drives the library's converters directly (no serializer, no reflection): write a value, read it back,
/// also as a property name.</summary>
internal static class ConverterHarness
{
    internal static readonly JsonSerializerOptions Options = SannongJsonOptions.CreateDefault();

    internal static JsonConverter<T> ConverterOf<T>() =>
        (JsonConverter<T>)SannongJsonOptions.Converters.Single(c => c.CanConvert(typeof(T)));

    internal static string Write<T>(T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ConverterOf<T>().Write(writer, value, Options);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    internal static T Read<T>(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return ConverterOf<T>().Read(ref reader, typeof(T), Options)!;
    }

    internal static T RoundTrip<T>(T value) => Read<T>(Write(value));

    /// <summary>Writes <c>{ key: 1 }</c> and reads the key back.</summary>
    internal static (string Json, T Key) KeyRoundTrip<T>(T key)
        where T : notnull
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            ConverterOf<T>().WriteAsPropertyName(writer, key, Options);
            writer.WriteNumberValue(1);
            writer.WriteEndObject();
        }
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        reader.Read();
        return (Encoding.UTF8.GetString(buffer.WrittenSpan), ConverterOf<T>().ReadAsPropertyName(ref reader, typeof(T), Options));
    }
}
