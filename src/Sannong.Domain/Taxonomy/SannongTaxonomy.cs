// SKELETON: placeholder so that other layers compile; the taxonomy work replaces this file.
using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Sannong.Domain.Taxonomy;

/// <summary>The Three Rural Issues taxonomy.</summary>
public sealed class SannongTaxonomy
{
    private readonly ImmutableDictionary<string, Topic> _byCode;

    private SannongTaxonomy(ImmutableArray<Topic> topics)
    {
        Topics = topics;
        _byCode = topics.ToImmutableDictionary(t => t.Code, t => t, StringComparer.Ordinal);
    }

    /// <summary>The standard taxonomy.</summary>
    public static SannongTaxonomy Standard { get; } = new(ImmutableArray.Create(
        new Topic("agriculture", RuralIssue.Agriculture),
        new Topic("agriculture.crops", RuralIssue.Agriculture),
        new Topic("villages", RuralIssue.Villages),
        new Topic("villages.tourism", RuralIssue.Villages),
        new Topic("farmers", RuralIssue.Farmers),
        new Topic("farmers.cuisine", RuralIssue.Farmers)));

    /// <summary>Every topic.</summary>
    public ImmutableArray<Topic> Topics { get; }

    /// <summary>The topic with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The topic.</returns>
    /// <exception cref="ArgumentException">No topic has that code.</exception>
    public Topic GetByCode(string code) =>
        _byCode.TryGetValue(code, out Topic? topic) ? topic : throw new ArgumentException($"code: no topic has code '{code}'.", nameof(code));

    /// <summary>Tries to find the topic with a code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="topic">The topic, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetByCode(string code, [NotNullWhen(true)] out Topic? topic) => _byCode.TryGetValue(code, out topic);
}
