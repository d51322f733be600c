using System.Text;

namespace Sannong.Domain.Serialization;

/// <summary>The names of one enumeration's members, written once: one row per defined member, in the order the
/// format lists them. Both directions (value to name, name to value) and the list for messages come from these rows.
/// </summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class NameTable<T>
    where T : struct, Enum
{
    private readonly T[] _values;
    private readonly string[] _names;
    private readonly string?[] _labels;
    private readonly byte[][] _utf8;

    /// <summary>A table of names.</summary>
    /// <exception cref="ArgumentException">A value or a name appears twice, or a name is empty.</exception>
    internal NameTable(params (T Value, string Name)[] rows)
        : this(Array.ConvertAll(rows, row => row.Value), Array.ConvertAll(rows, row => row.Name), new string?[rows.Length])
    {
    }

    /// <summary>A table of names and of English labels, for an enumeration whose values a format also labels (the
    /// scorecard's breakdown rows).</summary>
    /// <exception cref="ArgumentException">A value or a name appears twice, or a name is empty.</exception>
    internal NameTable(params (T Value, string Name, string Label)[] rows)
        : this(Array.ConvertAll(rows, row => row.Value), Array.ConvertAll(rows, row => row.Name), Array.ConvertAll(rows, row => (string?)row.Label))
    {
    }

    private NameTable(T[] values, string[] names, string?[] labels)
    {
        _values = values;
        _names = names;
        _labels = labels;
        _utf8 = Array.ConvertAll(names, Encoding.UTF8.GetBytes);
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0 || Array.IndexOf(names, names[i], 0, i) >= 0 || Array.IndexOf(values, values[i], 0, i) >= 0)
            {
                throw new ArgumentException($"rows must hold each {typeof(T).Name} and each name once, but row {i + 1} repeats one or has no name.", "rows");
            }
        }
        Expected = names.Length switch
        {
            1 => _names[0],
            _ => string.Join(", ", _names, 0, names.Length - 1) + " or " + _names[^1],
        };
    }

    /// <summary>The names as a message lists them: <c>a, b, c or d</c>.</summary>
    internal string Expected { get; }

    /// <summary>The name of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a member the table names.</exception>
    internal string Name(T value) => _names[IndexOf(value, nameof(value))];

    /// <summary>The name of <paramref name="value"/>, a method's argument called <paramref name="parameter"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a member the table names.</exception>
    internal string Name(T value, string parameter) => _names[IndexOf(value, parameter)];

    /// <summary>The English label of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a member the table names.</exception>
    /// <exception cref="InvalidOperationException">The table holds no labels.</exception>
    internal string Label(T value, string parameter) =>
        _labels[IndexOf(value, parameter)] ?? throw new InvalidOperationException($"{typeof(T).Name} has no labels.");

    /// <summary>The value named <paramref name="text"/> (ordinal, case-sensitive).</summary>
    internal bool TryParse(string? text, out T value)
    {
        int i = text is null ? -1 : Array.IndexOf(_names, text);
        value = i >= 0 ? _values[i] : default;
        return i >= 0;
    }

    /// <summary>The value whose name a JSON string equals, compared as UTF-8 without building a string.</summary>
    internal bool TryMatch(JsonSlice text, out T value)
    {
        for (int i = 0; i < _utf8.Length; i++)
        {
            if (text.TextEquals(_utf8[i]))
            {
                value = _values[i];
                return true;
            }
        }
        value = default;
        return false;
    }

    private int IndexOf(T value, string parameter)
    {
        int i = Array.IndexOf(_values, value);
        return i >= 0
            ? i
              : throw new ArgumentOutOfRangeException(parameter, $"{parameter} must be a defined {typeof(T).Name}, but was {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}.");
    }
}
