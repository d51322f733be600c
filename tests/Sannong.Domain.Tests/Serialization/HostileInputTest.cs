using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sannong.Domain.Content;
using Sannong.Domain.Serialization;
using Sannong.Domain.Tests.Generators;
using Sannong.Domain.Programmes;

namespace Sannong.Domain.Tests.Serialization;

/// <summary>Damaged documents never crash the reader: it returns a dataset or problems, never throws.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 200)]
public sealed class HostileInputTest
{
    private static readonly byte[] Interesting = Encoding.UTF8.GetBytes("{}[]\",:-.0123456789eE \\nulltruefalse\u00FF玉");

    /// <summary>Overwrites, inserts or deletes bytes at the given positions, with bytes chosen from JSON's
    /// punctuation, digits, letters and invalid UTF-8.</summary>
    private static byte[] Damage(byte[] bytes, (int Position, int Choice, int Operation)[] edits)
    {
        var damaged = bytes.ToList();
        foreach ((int position, int choice, int operation) in edits)
        {
            if (damaged.Count == 0)
            {
                break;
            }
            int at = unchecked((int)((uint)position % (uint)damaged.Count));
            byte b = Interesting[unchecked((int)((uint)choice % (uint)Interesting.Length))];
            switch (unchecked((uint)operation) % 3)
            {
                case 0:
                    damaged[at] = b;
                    break;
                case 1:
                    damaged.Insert(at, b);
                    break;
                default:
                    damaged.RemoveAt(at);
                    break;
            }
        }
        return damaged.ToArray();
    }

    [Property]
    public bool A_damaged_dataset_yields_a_dataset_or_problems_and_never_throws(SannongDataset dataset, (int, int, int)[] edits)
    {
        ValidationResult<SannongDataset> result = SannongJson.ValidateDataset(Damage(SannongJson.ToUtf8Bytes(dataset), edits));
        return result.IsValid ? result.Problems.IsEmpty : !result.Problems.IsEmpty && result.Problems.All(p => p.Message.Length > 0);
    }

    [Property]
    public bool Damaged_NDJSON_lines_yield_records_or_problems_and_never_throw(SannongDataset dataset, (int, int, int)[] edits)
    {
        using var stream = new System.IO.MemoryStream();
        SannongJson.WriteNdjson(dataset.Data.Content, stream);
        byte[] damaged = Damage(stream.ToArray(), edits);
        return SannongJson.ReadNdjson<ContentItem>(new System.IO.MemoryStream(damaged))
            .All(r => r.IsValid ? r.Problems.IsEmpty : !r.Problems.IsEmpty && r.Problems.All(p => p.Line == r.Line));
    }
}
