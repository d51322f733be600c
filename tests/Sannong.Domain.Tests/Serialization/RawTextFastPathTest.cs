using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Programmes;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Xunit;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Dates, money and kinds written plainly are read from their bytes without building a string (on .NET 9 and
/// later); written with escapes they take the general path. Both must give the same record or the same problems.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class RawTextFastPathTest
{
    // Every character of every string value written as a \u escape: the same JSON value, never on the fast path.
    private static string Escaped(string line)
    {
        var text = new StringBuilder();
        bool inValue = false;
        bool inName = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (inValue || inName)
            {
                if (c == '\\')
                {
                    // An escape the writer made: copied as it is, with the character it escapes.
                    text.Append(c).Append(line[++i]);
                    continue;
                }
                if (c == '"')
                {
                    inValue = inName = false;
                    text.Append(c);
                    continue;
                }
                text.Append(inValue ? "\\u" + ((int)c).ToString("x4") : c.ToString());
                continue;
            }
            if (c == '"')
            {
                // A string is a value when the last character before it is the colon after a name.
                bool afterColon = text.ToString().TrimEnd().EndsWith(':');
                inValue = afterColon;
                inName = !afterColon;
            }
            text.Append(c);
        }
        return text.ToString();
    }

    private static NdjsonRecord<LedgerEntry> ReadOne(string line) =>
        SannongJson.ReadNdjson<LedgerEntry>(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n"))).Single();

    private static bool SameOutcome(string line)
    {
        NdjsonRecord<LedgerEntry> plain = ReadOne(line);
        NdjsonRecord<LedgerEntry> escaped = ReadOne(Escaped(line));
        return plain.IsValid == escaped.IsValid
            && (plain.IsValid ? plain.Value == escaped.Value : plain.Problems.SequenceEqual(escaped.Problems));
    }

    [Property]
    public Property Ledger_entries_read_the_same_plain_or_escaped() =>
        Prop.ForAll(DomainArbitraries.LedgerEntries(), entry =>
        {
            var stream = new MemoryStream();
            SannongJson.WriteNdjson(new[] { entry }, stream);
            string line = Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n');
            return Escaped(line) != line && SameOutcome(line);
        });

    [Theory]
    [InlineData("""{"date":"2024-01-31","kind":"disbursement","cash":"12.50"}""")]
    [InlineData("""{"date":"2024-02-30","kind":"refund","cash":"1.00"}""")]
    [InlineData("""{"date":"2024-1-31","kind":"refund","cash":"1.00"}""")]
    [InlineData("""{"date":"+2024-01-31","kind":"refund","cash":"1.00"}""")]
    [InlineData("""{"date":"2024-01-31","kind":"disbursement","cash":"-5.00"}""")]
    [InlineData("""{"date":"2024-01-31","kind":"disbursement","cash":"1.234"}""")]
    [InlineData("""{"date":"2024-01-31","kind":"disbursement","cash":" 12"}""")]
    [InlineData("""{"date":"2024-01-31","kind":"disbursement","cash":"99999999999999999999.00"}""")]
    [InlineData("""{"date":"2024-01-31","kind":"Disbursement","cash":"12.50"}""")]
    [InlineData("""{"date":"2024-01-31","kind":"traffic-grant","impressions":5}""")]
    public void Odd_values_give_the_same_problems_plain_or_escaped(string line) =>
        Assert.True(SameOutcome(line));
}
