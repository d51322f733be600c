using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sannong.Domain.Creators;
using Sannong.Domain.Programmes;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Tests.Generators;

namespace Sannong.Domain.Tests.Programmes;

/// <summary>The ledger inside <see cref="ProgrammeData"/> is grouped by the influencers' positions rather than by
/// hashing ids; these properties pin it to <see cref="BudgetLedger"/> built on its own.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ProgrammeDataLedgerTest
{
    private static readonly Programme Seed = ReferencePlans.SeedPlan(new LocalDate(2023, 11, 1));

    // Every beneficiary of the ledger generators, plus one the ledger never names, so that numbers are sparse.
    private static readonly Influencer[] People = DomainArbitraries.DatasetInfluencerIds
        .Append(new InfluencerId("never-named"))
        .Reverse()
        .Select(id => new Influencer(id, "handle " + id, Region.Parse("430524/220"),
            new[] { SannongTaxonomy.Standard.GetByCode("farmers.cuisine") }, 12_000, new LocalDate(2019, 5, 2)))
        .ToArray();

    [Property]
    public Property Ledger_problems_are_those_of_the_ledger_alone() =>
        Prop.ForAll(DomainArbitraries.RawLedgerEntryArrays.ToArbitrary(), entries =>
        {
            ValidationResult<ProgrammeData> data = ProgrammeData.Validate(Seed, People, [], entries, [], []);
            return data.Problems.SequenceEqual(BudgetLedger.Validate(entries));
        });

    [Property]
    public Property Ledger_totals_by_beneficiary_match_the_ledger_alone() =>
        Prop.ForAll(DomainArbitraries.ValidLedgerEntryArrays.ToArbitrary(), entries =>
        {
            BudgetLedger inside = ProgrammeData.Create(Seed, People, [], entries, [], []).Ledger;
            BudgetLedger alone = BudgetLedger.Create(entries);
            LocalDate[] days = entries.Select(e => e.Date).Distinct().Select(d => d.PlusDays(-1)).Concat(entries.Select(e => e.Date)).ToArray();
            InfluencerId?[] groups = People.Select(p => (InfluencerId?)p.Id).Append(null).ToArray();
            return inside == alone
                && inside.Beneficiaries.SequenceEqual(alone.Beneficiaries)
                && groups.All(g => inside.SpentBy(g) == alone.SpentBy(g) && inside.GrantedTo(g) == alone.GrantedTo(g)
                    && days.All(d => inside.SpentBy(g, d) == alone.SpentBy(g, d) && inside.GrantedTo(g, d) == alone.GrantedTo(g, d)));
        });
}
