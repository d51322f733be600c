using System.Text.Json;
using Sannong.Domain.Utility;

namespace Sannong.Domain.Serialization;

// Reading the result documents (exposure, simulation): required members of a JsonElement, each failure a
// JsonException whose message names the member's path.
internal static class JsonRead
{
    internal static JsonElement Member(JsonElement e, string path, string name)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"{path} must be an object.");
        }
        if (!e.TryGetProperty(name, out JsonElement value))
        {
            throw new JsonException($"{path}.{name} is missing.");
        }
        return value;
    }

    internal static string Text(JsonElement e, string path, string name)
    {
        JsonElement value = Member(e, path, name);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new JsonException($"{path}.{name} must be a string.");
    }

    internal static int Int(JsonElement e, string path, string name)
    {
        JsonElement value = Member(e, path, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) && n >= 0
            ? n
            : throw new JsonException($"{path}.{name} must be a whole number from 0 to {int.MaxValue}.");
    }

    internal static long Long(JsonElement e, string path, string name)
    {
        JsonElement value = Member(e, path, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long n) && n >= 0
            ? n
            : throw new JsonException($"{path}.{name} must be a whole number from 0 to {long.MaxValue}.");
    }

    internal static double Double(JsonElement e, string path, string name) => Double(Member(e, path, name), $"{path}.{name}");

    internal static double Double(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double d) && double.IsFinite(d)
            ? d
            : throw new JsonException($"{path} must be a finite number.");

    internal static double? Nullable(JsonElement e, string path, string name)
    {
        JsonElement value = Member(e, path, name);
        return value.ValueKind == JsonValueKind.Null ? null : Double(value, $"{path}.{name}");
    }

    internal static JsonElement Array(JsonElement e, string path, string name)
    {
        JsonElement value = Member(e, path, name);
        return value.ValueKind == JsonValueKind.Array ? value : throw new JsonException($"{path}.{name} must be an array.");
    }

    // A value the domain refuses (an ArgumentException) becomes a JsonException naming the path.
    internal static T Guard<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"{path}: {e.Message}", e);
        }
    }

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Quoted(string? text) => text is null ? "null" : "\"" + TextEscaping.ForMessage(text) + "\"";
}
