using System;
using System.Collections.Generic;
using System.Linq;
using Sannong.Domain.Exposure;
using Sannong.Domain.Utility;
using Xunit;

namespace Sannong.Domain.Tests.Contracts;

/// <summary>No type of the library uses a type of a layer after its own (issue 15; DESIGN.md "Layers"), and the
/// checker itself sees uses in signatures and in method bodies, so the first test cannot pass by seeing nothing.</summary>
public sealed class LayerTest
{
    private static readonly Type[] AllTypes = typeof(Money).Assembly.GetTypes();

    [Fact]
    public void No_type_uses_a_layer_after_its_own() =>
        Assert.Empty(LayerRules.Violations(AllTypes, LayerRules.DesignRanks));

    [Fact]
    public void Every_folder_of_the_library_is_a_layer_of_the_design()
    {
        string[] layers = AllTypes.Select(LayerRules.LayerOf).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.All(layers, l => Assert.True(LayerRules.DesignRanks.ContainsKey(l), $"{l} is not a layer of the design"));
        Assert.Contains("Exposure", layers);
        Assert.Contains("Utility", layers);
    }

    [Fact]
    public void A_use_inside_a_method_body_is_seen()
    {
        // FeedSimulation keeps no field of the generator: it only creates one inside its methods.
        Assert.Contains(LayerRules.References(typeof(FeedSimulation)), r => r.Used == typeof(DeterministicRandom));
    }

    [Fact]
    public void A_layer_ranked_after_one_it_is_used_by_is_reported()
    {
        // The scorecard JSON (Serialization) uses the Scorecard (Progress). Rank Serialization first, and that use
        // must be reported as a breach, naming both ends.
        var swapped = new Dictionary<string, int>(LayerRules.DesignRanks) { ["Serialization"] = -1 };
        string[] found = LayerRules.Violations(AllTypes, swapped).ToArray();
        Assert.Contains(found, v => v.StartsWith("Serialization.ScorecardJson -> Progress.", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_layers_of_one_rank_may_not_use_each_other()
    {
        // Progress and Exposure share a rank; make Programmes share Progress's rank, and Progress's use of
        // Programmes (every calculator takes a Programme) becomes a breach.
        var same = new Dictionary<string, int>(LayerRules.DesignRanks) { ["Programmes"] = LayerRules.DesignRanks["Progress"] };
        Assert.Contains(LayerRules.Violations(AllTypes, same), v => v.StartsWith("Progress.", StringComparison.Ordinal) && v.Contains("-> Programmes.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_that_is_not_a_layer_is_reported()
    {
        var without = LayerRules.DesignRanks.Where(p => p.Key != "Exposure").ToDictionary(p => p.Key, p => p.Value);
        Assert.Contains(LayerRules.Violations(AllTypes, without), v => v.Contains("which is not a layer of the design", StringComparison.Ordinal));
    }
}
