using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace Sannong.Domain.Tests.Contracts;

/// <summary>
/// The layers of docs/DESIGN (Utility &lt; Primitives &lt; Taxonomy &lt; Creators &lt; Content &lt; Programmes &lt;
/// Progress, Exposure &lt; Evaluation &lt; Serialization, Samples) and a checker that finds every reference from a type
/// of one layer to a type of a layer that may not be used from it. References are read from what the compiler
/// emitted: base types, interfaces, fields, properties, signatures, generic arguments and every type, method and
/// field token in the method bodies' IL, so a use inside a body counts as much as one in a signature.
/// </summary>
public static class LayerRules
{
    /// <summary>The layers by rank: a layer may use a layer of a lower rank and itself, never one of the same rank.</summary>
    public static IReadOnlyDictionary<string, int> DesignRanks { get; } = new Dictionary<string, int>
    {
        ["Utility"] = 0,
        ["Primitives"] = 1,
        ["Taxonomy"] = 2,
        ["Creators"] = 3,
        ["Content"] = 4,
        ["Programmes"] = 5,
        ["Progress"] = 6,
        ["Exposure"] = 6,
        ["Evaluation"] = 7,
        ["Serialization"] = 8,
        ["Samples"] = 8,
    };

    private static readonly Dictionary<short, OpCode> OneByte = new();
    private static readonly Dictionary<short, OpCode> TwoByte = new();

    static LayerRules()
    {
        foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            if (code.Size == 1)
            {
                OneByte[code.Value] = code;
            }
            else
            {
                TwoByte[(short)(code.Value & 0xFF)] = code;
            }
        }
    }

    /// <summary>The layer of a type of the library (the namespace under Sannong.Domain of its outermost type), or null
    /// for a type outside the library's layers (the compiler's own, the root namespace, other assemblies).</summary>
    public static string? LayerOf(Type type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType!;
        }
        string? ns = type.Namespace;
        if (type.Assembly != typeof(Money).Assembly || ns is null || !ns.StartsWith("Sannong.Domain.", StringComparison.Ordinal))
        {
            return null;
        }
        string rest = ns["Sannong.Domain.".Length..];
        int dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>Every forbidden reference, one line each: "Layer.Type -> OtherLayer.Type (how)". A layer missing from
    /// <paramref name="ranks"/> is itself reported, so a new folder cannot escape the rule.</summary>
    public static IEnumerable<string> Violations(IEnumerable<Type> types, IReadOnlyDictionary<string, int> ranks)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Type type in types)
        {
            string? from = LayerOf(type);
            if (from is null)
            {
                continue;
            }
            if (!ranks.ContainsKey(from))
            {
                found.Add($"{type.FullName} is in {from}, which is not a layer of the design");
                continue;
            }
            foreach ((Type used, string how) in References(type))
            {
                string? to = LayerOf(used);
                if (to is null || to == from)
                {
                    continue;
                }
                if (!ranks.TryGetValue(to, out int toRank) || toRank >= ranks[from])
                {
                    found.Add($"{from}.{Outer(type).Name} -> {to}.{Outer(used).Name} ({how})");
                }
            }
        }
        return found;
    }

    /// <summary>The types a type uses, each with where (a member name, "base", "interface").</summary>
    public static IEnumerable<(Type Used, string How)> References(Type type)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var result = new List<(Type, string)>();
        void Add(Type? t, string how)
        {
            foreach (Type part in Expand(t))
            {
                result.Add((part, how));
            }
        }

        Add(type.BaseType, "base");
        foreach (Type i in type.GetInterfaces())
        {
            Add(i, "interface");
        }
        foreach (Type g in type.IsGenericTypeDefinition ? type.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()) : Type.EmptyTypes)
        {
            Add(g, "constraint");
        }
        foreach (FieldInfo f in type.GetFields(All))
        {
            Add(f.FieldType, f.Name);
        }
        foreach (PropertyInfo p in type.GetProperties(All))
        {
            Add(p.PropertyType, p.Name);
        }
        foreach (MethodBase m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
            {
                Add(mi.ReturnType, m.Name);
            }
            foreach (ParameterInfo p in m.GetParameters())
            {
                Add(p.ParameterType, m.Name);
            }
            foreach (Type used in BodyReferences(m))
            {
                Add(used, m.Name + " body");
            }
        }
        return result;
    }

    private static Type Outer(Type type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType!;
        }
        return type;
    }

    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }
        if (type.HasElementType)
        {
            foreach (Type t in Expand(type.GetElementType()))
            {
                yield return t;
            }
            yield break;
        }
        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (Type t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (InvalidOperationException)
        {
            yield break;
        }
        if (il is null)
        {
            yield break;
        }
        Type[] typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : Type.EmptyTypes;
        Type[] methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : Type.EmptyTypes;
        int at = 0;
        while (at < il.Length)
        {
            OpCode code = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
            at += code.Size;
            int operand = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField)
            {
                MemberInfo? member = null;
                try
                {
                    member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                }
                catch (ArgumentException)
                {
                }
                if (member is Type t)
                {
                    yield return t;
                }
                else if (member is not null)
                {
                    if (member.DeclaringType is { } declaring)
                    {
                        yield return declaring;
                    }
                    if (member is FieldInfo f)
                    {
                        yield return f.FieldType;
                    }
                    else if (member is MethodInfo m)
                    {
                        yield return m.ReturnType;
                        foreach (Type a in m.IsGenericMethod ? m.GetGenericArguments() : Type.EmptyTypes)
                        {
                            yield return a;
                        }
                    }
                }
            }
            at += operand;
        }
    }
}
