using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Sannong.Domain.Tests.Contracts;

/// <summary>No public instance property of a value type returns that same type: a serializer or a notebook display
/// walks properties and would recurse forever (Share.Complement was such a property, now a method).</summary>
public sealed class SelfReferenceTest
{
    public static IEnumerable<string> SelfReferences(IEnumerable<Type> types) =>
        from t in types
        where t.IsValueType && !t.IsEnum
        from p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where p.PropertyType == t || Nullable.GetUnderlyingType(p.PropertyType) == t
        select $"{t.FullName}.{p.Name} returns its own type";

    [Fact]
    public void No_public_struct_has_a_property_of_its_own_type() =>
        Assert.Empty(SelfReferences(DesignRules.LibraryTypes));

    [Fact]
    public void Share_complement_is_a_method() =>
        Assert.Equal(Share.FromRatio(0.7), Share.FromRatio(0.3).Complement());

    [Fact]
    public void A_struct_with_a_property_of_its_own_type_is_reported() =>
        Assert.Equal(
            new[]
            {
                $"{typeof(Looping).FullName}.Next returns its own type",
                $"{typeof(Looping).FullName}.Maybe returns its own type",
            },
            SelfReferences(new[] { typeof(Looping), typeof(Share), typeof(int) }));

    public readonly struct Looping
    {
        public Looping Next => this;

        public Looping? Maybe => null;

        public static Looping Zero => default;
    }
}
