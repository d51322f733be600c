using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Sannong.Domain.Tests.Contracts;

/// <summary>
/// The design rules of ../shared/DESIGN.md that reflection can check over a set of types (in the spirit of
/// NodaTime's ConsistencyTest and MutabilityTest). Each method returns one readable line per violation,
/// so a failing test says exactly which member broke which rule.
/// </summary>
public static class DesignRules
{
    private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
    private const BindingFlags PublicStatic = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The public types of the library assembly.</summary>
    public static IReadOnlyList<Type> LibraryTypes { get; } =
        typeof(InfluencerId).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();

    /// <summary>Every public struct is declared <c>readonly</c>.</summary>
    public static IEnumerable<string> NonReadOnlyStructs(IEnumerable<Type> types) =>
        from t in types
        where t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false)
        select $"{t.FullName} is a struct but not a readonly struct";

    /// <summary>
    /// No public property has a public <c>set</c> or <c>init</c> accessor, no public field is writable, and no
    /// public property or field exposes a mutable collection (an array, List, Dictionary, HashSet...).
    /// </summary>
    public static IEnumerable<string> MutableMembers(IEnumerable<Type> types)
    {
        foreach (Type t in types.Where(t => !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t)))
        {
            foreach (PropertyInfo p in t.GetProperties(PublicInstance | PublicStatic))
            {
                MethodInfo? setter = p.GetSetMethod(nonPublic: false);
                if (setter is not null)
                {
                    bool isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                    yield return $"{t.FullName}.{p.Name} has a public {(isInit ? "init" : "set")} accessor";
                }
                if (IsMutableCollection(p.PropertyType))
                {
                    yield return $"{t.FullName}.{p.Name} exposes the mutable collection type {p.PropertyType.Name}";
                }
            }
            foreach (FieldInfo f in t.GetFields(PublicInstance | PublicStatic))
            {
                if (!f.IsInitOnly && !f.IsLiteral)
                {
                    yield return $"{t.FullName}.{f.Name} is a writable public field";
                }
                else if (IsMutableCollection(f.FieldType))
                {
                    yield return $"{t.FullName}.{f.Name} exposes the mutable collection type {f.FieldType.Name}";
                }
            }
        }
    }

    /// <summary>Every type that implements <see cref="IEquatable{T}"/> of itself also declares == and !=.</summary>
    public static IEnumerable<string> EquatableWithoutOperators(IEnumerable<Type> types) =>
        from t in types
        where typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t)
        from op in new[] { "op_Equality", "op_Inequality" }
        where t.GetMethod(op, BindingFlags.Public | BindingFlags.Static, new[] { t, t }) is null
        select $"{t.FullName} implements IEquatable<{t.Name}> but has no {op}";

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }
        if (type.IsGenericType)
        {
            Type open = type.GetGenericTypeDefinition();
            // Read-only views and immutable/frozen collections are fine; concrete mutable ones are not.
            return open == typeof(List<>) || open == typeof(Dictionary<,>) || open == typeof(HashSet<>)
                || open == typeof(ICollection<>) || open == typeof(IList<>) || open == typeof(IDictionary<,>)
                || open == typeof(ISet<>) || open == typeof(SortedDictionary<,>) || open == typeof(SortedSet<>)
                || open == typeof(Queue<>) || open == typeof(Stack<>) || open == typeof(LinkedList<>);
        }
        return typeof(IList).IsAssignableFrom(type) && !typeof(IImmutableList<object>).IsAssignableFrom(type);
    }
}
