using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Sannong.Domain.Tests.Contracts;

/// <summary>The design rules hold over every public type of the library, and the rules themselves catch a breach.</summary>
public sealed class DesignRulesTest
{
    [Fact]
    public void Every_public_struct_is_readonly() =>
        Assert.Empty(DesignRules.NonReadOnlyStructs(DesignRules.LibraryTypes));

    [Fact]
    public void No_public_type_is_mutable() =>
        Assert.Empty(DesignRules.MutableMembers(DesignRules.LibraryTypes));

    [Fact]
    public void Every_equatable_type_has_equality_operators() =>
        Assert.Empty(DesignRules.EquatableWithoutOperators(DesignRules.LibraryTypes));

    [Fact]
    public void The_library_has_public_types_to_check() =>
        Assert.Contains(typeof(InfluencerId), DesignRules.LibraryTypes);

    // Tests of the tests: each rule reports a type built to break it, and only that type.

    [Fact]
    public void A_non_readonly_struct_is_reported() =>
        Assert.Equal(
            new[] { $"{typeof(Breaches.MutableStruct).FullName} is a struct but not a readonly struct" },
            DesignRules.NonReadOnlyStructs(new[] { typeof(Breaches.MutableStruct), typeof(Breaches.ReadOnlyStruct) }));

    [Fact]
    public void A_public_setter_init_writable_field_or_mutable_collection_is_reported()
    {
        string[] found = DesignRules.MutableMembers(new[] { typeof(Breaches.MutableClass), typeof(Breaches.ReadOnlyStruct) }).ToArray();
        string name = typeof(Breaches.MutableClass).FullName!;
        Assert.Equal(
            new[]
            {
                $"{name}.Settable has a public set accessor",
                $"{name}.Initable has a public init accessor",
                $"{name}.Items exposes the mutable collection type List`1",
                $"{name}.Numbers exposes the mutable collection type Int32[]",
                $"{name}.Field is a writable public field",
            }.OrderBy(s => s, StringComparer.Ordinal),
            found.OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void A_positional_record_is_reported_for_its_init_accessors() =>
        Assert.Contains(
            $"{typeof(Breaches.PositionalRecord).FullName}.Amount has a public init accessor",
            DesignRules.MutableMembers(new[] { typeof(Breaches.PositionalRecord) }));

    [Fact]
    public void An_equatable_type_without_operators_is_reported() =>
        Assert.Equal(
            new[]
            {
                $"{typeof(Breaches.EquatableWithoutOperators).FullName} implements IEquatable<EquatableWithoutOperators> but has no op_Equality",
                $"{typeof(Breaches.EquatableWithoutOperators).FullName} implements IEquatable<EquatableWithoutOperators> but has no op_Inequality",
            },
            DesignRules.EquatableWithoutOperators(new[] { typeof(Breaches.EquatableWithoutOperators), typeof(InfluencerId) }));

    /// <summary>Types that each break one rule, so that the rules are seen to catch them.</summary>
    public static class Breaches
    {
        public struct MutableStruct
        {
            public int Value { get; }
        }

        public readonly struct ReadOnlyStruct
        {
            public int Value { get; }
        }

        public sealed class MutableClass
        {
            public int Settable { get; set; }
            public int Initable { get; init; }
            public IReadOnlyList<int> Fine { get; } = Array.Empty<int>();
            public List<int> Items { get; } = new();
            public int[] Numbers { get; } = Array.Empty<int>();
#pragma warning disable CA1051 // the breach under test
            public int Field;
#pragma warning restore CA1051
        }

        public sealed record PositionalRecord(decimal Amount);

        public readonly struct EquatableWithoutOperators : IEquatable<EquatableWithoutOperators>
        {
            public bool Equals(EquatableWithoutOperators other) => true;
            public override bool Equals(object? obj) => obj is EquatableWithoutOperators;
            public override int GetHashCode() => 0;
        }
    }
}
