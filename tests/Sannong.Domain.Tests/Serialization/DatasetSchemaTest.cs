using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;
using K = Sannong.Domain.DataProblemKind;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>
/// docs/schema/sannong-dataset-1.schema.json, run by a JSON Schema validator (JsonSchema.Net), agrees with the
/// reader: every document the library writes conforms to it; every bad document whose problem is one of shape (a
/// wrong type, a missing or unknown field, a negative number, a third decimal) is rejected by it; and every bad
/// document whose problem lies across records or between two fields (which a schema cannot see) is accepted by it,
/// so the schema is no stricter than the format.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 60)]
public sealed class DatasetSchemaTest
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(RepositoryFiles.Text("docs", "schema", "sannong-dataset-1.schema.json"));

    private static readonly string Serialization = Path.Combine(AppContext.BaseDirectory, "Serialization");

    /// <summary>Problems of shape: a schema of types, required and closed objects, minimums and patterns sees them.</summary>
    private static readonly HashSet<K> ShapeKinds = [K.WrongType, K.MissingField, K.UnknownField, K.Negative, K.TooManyDecimals];

    /// <summary>Problems a schema cannot see: they compare two fields or two records.</summary>
    private static readonly HashSet<K> RelationKinds =
        [K.DuplicateId, K.UnknownInfluencer, K.EndBeforeStart, K.OutsidePeriod, K.RefundExceedsDisbursed, K.ReversalExceedsGranted];

    /// <summary>Null when the document conforms; otherwise the first few failures, for the assertion message.</summary>
    private static string? Failures(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return null;
        }
        IEnumerable<string> errors =
            from detail in results.Details ?? []
            where detail.Errors is not null
            from error in detail.Errors!
            select $"{detail.InstanceLocation}: {error.Key} {error.Value}";
        return string.Join("; ", errors.Take(5));
    }

    public static TheoryData<string> ShapeProblems() => Documents(ShapeKinds);

    public static TheoryData<string> RelationProblems() => Documents(RelationKinds);

    private static TheoryData<string> Documents(HashSet<K> kinds)
    {
        var data = new TheoryData<string>();
        foreach (var (name, problems) in BadDocumentsTest.Expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (problems.All(p => kinds.Contains(p.Kind)) && IsJson(name))
            {
                data.Add(name);
            }
        }
        return data;
    }

    private static bool IsJson(string name)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Serialization, "BadDocuments", name + ".json")));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Fact]
    public void The_valid_base_document_conforms()
    {
        Assert.Null(Failures(File.ReadAllText(Path.Combine(Serialization, "valid-base.json"))));
    }

    [Fact]
    public void The_sample_programme_as_written_conforms()
    {
        SannongDataset sample = SampleProgramme.Generate(scale: 0.01);
        Assert.Null(Failures(SannongJson.ToJson(new SannongDataset(sample.Data, sample.AsOf))));
    }

    [Property]
    public Property Every_dataset_the_library_writes_conforms(SannongDataset dataset)
    {
        string? failures = Failures(SannongJson.ToJson(dataset));
        return (failures is null).Label(failures ?? "");
    }

    [Theory]
    [MemberData(nameof(ShapeProblems))]
    public void A_document_with_a_problem_of_shape_is_rejected(string name)
    {
        Assert.NotNull(Failures(File.ReadAllText(Path.Combine(Serialization, "BadDocuments", name + ".json"))));
    }

    [Theory]
    [MemberData(nameof(RelationProblems))]
    public void A_document_whose_only_problems_relate_fields_or_records_is_accepted(string name)
    {
        Assert.Null(Failures(File.ReadAllText(Path.Combine(Serialization, "BadDocuments", name + ".json"))));
    }

    [Theory]
    [InlineData("2024-01-02T08:00:00Z", true)]
    [InlineData("2024-01-02T08:00:00.123456789Z", true)]
    [InlineData("2024-09-12T08:26:49+08:00", true)]
    [InlineData("2024-09-12T08:26:49-05:30", true)]
    [InlineData("2024-09-12T08:26:49+00:00", true)]
    [InlineData("2024-09-12T08:26:49.5+18:00", true)]
    [InlineData("2024-09-12T08:26:49-18:00", true)]
    [InlineData("2024-09-12T08:26:49", false)]
    [InlineData("2024-09-12T08:26:49+0800", false)]
    [InlineData("2024-09-12T08:26:49+08", false)]
    [InlineData("2024-09-12T08:26:49+18:01", false)]
    [InlineData("2024-09-12T08:26:49-19:00", false)]
    [InlineData("2024-09-12T08:26:49+08:60", false)]
    [InlineData("2024-09-12T08:26:49z", false)]
    public void The_schema_takes_an_instant_with_Z_or_an_offset_as_the_reader_does(string published, bool valid)
    {
        const string Published = "\"published\": \"2024-01-02T08:00:00Z\"";
        string json = File.ReadAllText(Path.Combine(Serialization, "valid-base.json"));
        Assert.Contains(Published, json, StringComparison.Ordinal);
        json = json.Replace(Published, $"\"published\": \"{published}\"", StringComparison.Ordinal);
        Assert.Equal(valid, Failures(json) is null);
        Assert.Equal(valid, SannongJson.ValidateDatasetJson(json).IsValid);
    }

    [Fact]
    public void Both_groups_of_bad_documents_are_populated()
    {
        // Guards the theories above against passing vacuously if the corpus or the kinds were renamed.
        Assert.True(ShapeProblems().Count >= 15, $"only {ShapeProblems().Count} documents with problems of shape");
        Assert.True(RelationProblems().Count >= 8, $"only {RelationProblems().Count} documents with relation problems");
    }
}
