using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sannong.Domain.Serialization;
using Xunit;
using K = Sannong.Domain.DataProblemKind;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>
/// The corpus of bad documents under BadDocuments/: each file is valid-base.json with one thing broken (or a few,
/// where the name says so), and the reader must report exactly the problems listed here, path and kind, in order.
/// </summary>
public sealed class BadDocumentsTest
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Serialization", "BadDocuments");

    /// <summary>What each document must yield. Field problems are reported in document order; problems across
    /// records (duplicate ids, unknown influencers, the ledger, the period) only when every field is sound.</summary>
    public static readonly IReadOnlyDictionary<string, (string Path, K Kind)[]> Expected = new Dictionary<string, (string, K)[]>
    {
        ["unknown-field-in-influencer"] = [("$.influencers[0].folowers", K.UnknownField)],
        ["unknown-top-level-field"] = [("$.programmes", K.UnknownField)],
        ["unknown-field-in-period"] = [("$.programme.period.length", K.UnknownField)],
        ["missing-format"] = [("$.format", K.MissingField)],
        ["wrong-format-version"] = [("$.format", K.InvalidValue)],
        ["missing-programme"] = [("$.programme", K.MissingField)],
        ["missing-influencer-handle"] = [("$.influencers[0].handle", K.MissingField)],
        ["null-required-followers"] = [("$.influencers[0].followers", K.MissingField)],
        ["followers-as-string"] = [("$.influencers[0].followers", K.WrongType)],
        ["followers-negative"] = [("$.influencers[0].followers", K.Negative)],
        ["followers-fractional"] = [("$.influencers[0].followers", K.WrongType)],
        ["money-three-decimals"] = [("$.earnings[0].amount", K.TooManyDecimals)],
        ["money-number-three-decimals"] = [("$.earnings[0].amount", K.TooManyDecimals)],
        ["money-negative"] = [("$.earnings[0].amount", K.Negative)],
        ["money-with-grouping"] = [("$.earnings[0].amount", K.InvalidValue)],
        ["money-as-boolean"] = [("$.earnings[0].amount", K.WrongType)],
        ["money-out-of-range"] = [("$.ledger[0].cash", K.OutOfRange)],
        ["period-end-before-start"] = [("$.programme.period.end", K.EndBeforeStart)],
        ["enrolment-left-before-date"] = [("$.enrolments[0].left", K.EndBeforeStart)],
        ["unknown-topic-code"] = [("$.influencers[0].topics[0]", K.UnknownTopic)],
        ["malformed-division-code"] = [("$.influencers[0].region", K.MalformedDivisionCode)],
        ["division-code-unknown-province"] = [("$.influencers[1].region", K.MalformedDivisionCode)],
        ["bad-settlement-code"] = [("$.influencers[0].settlement", K.InvalidValue)],
        ["bad-ledger-kind"] = [("$.ledger[0].kind", K.InvalidValue)],
        ["bad-earning-source"] = [("$.earnings[0].source", K.InvalidValue)],
        ["bad-content-kind"] = [("$.content[0].kind", K.InvalidValue)],
        ["bad-date-february-30"] = [("$.influencers[0].joined", K.InvalidValue)],
        ["bad-month-13"] = [("$.earnings[0].month", K.InvalidValue)],
        ["instant-without-zone"] = [("$.content[0].published", K.InvalidValue)],
        // The second influencer takes the first one's id, so the records of kol-2 now point at nobody.
        ["duplicate-influencer-id"] =
        [
            ("$.influencers[1].id", K.DuplicateId),
            ("$.enrolments[1].influencer", K.UnknownInfluencer),
            ("$.ledger[1].influencer", K.UnknownInfluencer),
        ],
        ["duplicate-content-id"] = [("$.content[1].id", K.DuplicateId)],
        ["unknown-influencer-in-earning"] = [("$.earnings[0].influencer", K.UnknownInfluencer)],
        // 1500.00 disbursed to kol-1, then 2000.00 refunded by kol-1 on 2024-01-10: net -500.00.
        ["refund-beyond-disbursed"] = [("$.ledger[2]", K.RefundExceedsDisbursed)],
        // 200000 impressions granted to kol-2, then 300000 reversed on 2024-01-01.
        ["reversal-beyond-granted"] = [("$.ledger[3]", K.ReversalExceedsGranted)],
        ["enrolment-outside-period"] = [("$.enrolments[1].date", K.OutsidePeriod)],
        ["cash-on-traffic-entry"] = [("$.ledger[1].cash", K.InvalidValue)],
        ["missing-cash-on-disbursement"] = [("$.ledger[0].cash", K.MissingField)],
        ["earning-share-above-one"] = [("$.programme.targets.earningShare", K.OutOfRange)],
        ["mentees-zero"] = [("$.programme.targets.mentees", K.OutOfRange)],
        ["influencers-not-an-array"] = [("$.influencers", K.WrongType)],
        ["influencer-not-an-object"] = [("$.influencers[0]", K.WrongType)],
        ["not-json-truncated"] = [("$", K.InvalidValue)],
        ["top-level-array"] = [("$", K.WrongType)],
        ["nesting-too-deep"] = [("$", K.LimitExceeded)],
        ["string-too-long"] = [("$.ledger[0].memo", K.LimitExceeded)],
        ["length-on-image"] = [("$.content[0].lengthSeconds", K.InvalidValue)],
        ["empty-handle"] = [("$.influencers[0].handle", K.InvalidValue)],
        // A field problem stops the checks across records: kol-1's records are not also reported as unknown.
        ["id-with-outer-space"] = [("$.influencers[0].id", K.InvalidValue)],
        ["duplicate-property"] = [("$.programme.id", K.InvalidValue)],
        ["empty-document"] = [("$", K.MissingField)],
        ["invalid-utf8-in-handle"] = [("$", K.InvalidValue)],
        ["several-problems-in-several-records"] =
        [
            ("$.programme.period.end", K.EndBeforeStart),
            ("$.influencers[0].followers", K.Negative),
            ("$.ledger[1].memmo", K.UnknownField),
            ("$.earnings[0].amount", K.TooManyDecimals),
            ("$.content[0].kind", K.InvalidValue),
        ],
        ["zero-cash-budget"] = [("$.programme.budgets.cash", K.OutOfRange)],
        ["window-months-above-maximum"] = [("$.programme.earningRule.windowMonths", K.OutOfRange)],
        ["content-views-negative"] = [("$.content[0].views", K.Negative)],
    };

    public static TheoryData<string> Documents() => new(Expected.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_bad_document_reports_exactly_its_problems(string name)
    {
        ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetFile(Path.Combine(Folder, name + ".json"));

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(
            Expected[name].Select(e => $"{e.Path} {e.Kind}"),
            result.Problems.Select(p => $"{p.Path} {p.Kind}"));
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Fact]
    public void The_corpus_has_at_least_forty_documents_and_each_has_its_expectations()
    {
        string[] files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
        Assert.True(files.Length >= 40, $"only {files.Length} bad documents");
        Assert.Equal(Expected.Keys.OrderBy(k => k, StringComparer.Ordinal), files);
    }

    [Fact]
    public void The_base_document_of_the_corpus_is_valid()
    {
        ValidationResult<SannongDataset> result = SannongJson.ValidateDatasetFile(Path.Combine(AppContext.BaseDirectory, "Serialization", "valid-base.json"));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void The_throwing_reader_carries_every_problem_in_its_exception()
    {
        var e = Assert.Throws<DataValidationException>(() =>
            SannongJson.ReadDatasetFile(Path.Combine(Folder, "several-problems-in-several-records.json")));
        Assert.Equal(5, e.Problems.Length);
        Assert.Contains("$.earnings[0].amount: TooManyDecimals", e.Message, StringComparison.Ordinal);
    }
}
