using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Content;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>
/// The extreme valid datasets of <see cref="DomainArbitraries.ExtremeProgrammeDataGen"/> are valid by the library's
/// own definition (built through <see cref="ProgrammeData.Validate"/>), keep the record totals' bounds exactly, and
/// round-trip through the dataset document.
/// </summary>
public sealed class ExtremeDatasetRoundTripTest
{
    [Property(MaxTest = 60)]
    public Property Every_extreme_valid_dataset_round_trips_through_the_document() =>
        Prop.ForAll(DomainArbitraries.ExtremeSannongDatasetGen.ToArbitrary(), dataset =>
        {
            byte[] written = SannongJson.ToUtf8Bytes(dataset);
            ValidationResult<SannongDataset> read = SannongJson.ValidateDataset(written);
            Assert.True(read.Value is not null, string.Join("; ", read.Problems.Select(p => p.ToString())));
            Assert.Equal(dataset, read.Value);
            Assert.Equal(written, SannongJson.ToUtf8Bytes(read.Value!));
        });

    [Property(MaxTest = 60)]
    public Property One_fen_or_one_view_past_the_limit_is_reported_at_that_record() =>
        Prop.ForAll(DomainArbitraries.ExtremeProgrammeDataGen.ToArbitrary(), data =>
        {
            Assert.Empty(RecordTotals.Check(data.Earnings, data.Content));

            // Earnings: add what takes the total to long.MaxValue + 1 fen (in one or two records).
            Int128 fen = data.Earnings.Aggregate((Int128)0, (sum, e) => sum + e.Amount.Fen);
            Int128 missing = (Int128)long.MaxValue + 1 - fen;
            var extra = new[] { (long)Int128.Min(missing, long.MaxValue), (long)(missing - Int128.Min(missing, long.MaxValue)) }
                .Where(f => f > 0)
                .Select(f => new Earning(data.Influencers[0].Id, new YearMonth(2024, 1), Money.FromFen(f), EarningSource.Other))
                .ToArray();
            var earnings = data.Earnings.AddRange(extra);
            Assert.Equal(
                new[] { $"$.earnings[{earnings.Length - 1}].amount" },
                RecordTotals.Check(earnings, data.Content).Select(p => DatasetPaths.Of(p.Location!.Value)));

            // Views: the same with one more content item.
            Int128 views = data.Content.Aggregate((Int128)0, (sum, c) => sum + c.Engagement.Views);
            if (views > 0)
            {
                long past = (long)((Int128)long.MaxValue + 1 - views);
                var item = new ContentItem(new ContentId("past"), data.Influencers[0].Id, ContentKind.Article,
                    Instant.FromUnixTimeSeconds(0), null, "", Array.Empty<Topic>(), new Engagement(past, 0, 0, 0));
                var content = data.Content.Add(item);
                Assert.Equal(
                    new[] { $"$.content[{content.Length - 1}].views" },
                    RecordTotals.Check(data.Earnings, content).Select(p => DatasetPaths.Of(p.Location!.Value)));
            }
        });
}
