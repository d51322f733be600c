using System;
using System.Collections.Generic;
using System.Text;

namespace Sannong.Fuzz;

/// <summary>
/// Byte mutations in the manner of AFL's havoc stage (bit flips, interesting bytes, deleted, duplicated and spliced
/// blocks, dictionary tokens), plus two aware of JSON: a number replaced by a number at a limit, and a string's
/// content replaced by a token. Deterministic: the same <see cref="Random"/> seed gives the same inputs.
/// </summary>
internal sealed class Mutator
{
    private static readonly byte[] InterestingBytes = "\0\u007f\"{}[],:09-.e\\\n "u8.ToArray();

    private static readonly string[] InterestingNumbers =
    [
        "0", "-0", "1", "-1", "0.5", "1.0", "1e2", "1E-400", "1e400", "0.001", "0.005", "127", "128", "255", "256",
        "32767", "65535", "2147483647", "2147483648", "-2147483648", "4294967296", "9007199254740993",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "92233720368547758.07", "92233720368547758.08", "-92233720368547758.08", "18446744073709551616",
        "1.0000000000000000000000000000001", "100000000000000000000000000000000000000", "NaN", "Infinity",
    ];

    private readonly Random _random;
    private readonly byte[][] _corpus;
    private readonly byte[][] _tokens;
    private readonly int _maxBytes;

    internal Mutator(Random random, byte[][] corpus, byte[][] tokens, int maxBytes)
    {
        _random = random;
        _corpus = corpus;
        _tokens = tokens;
        _maxBytes = maxBytes;
    }

    /// <summary>A new input: a corpus file with one to eight stacked mutations.</summary>
    internal byte[] Next()
    {
        var bytes = new List<byte>(_corpus[_random.Next(_corpus.Length)]);
        int stack = 1 << _random.Next(4);
        for (int i = 0; i < stack; i++)
        {
            MutateOnce(bytes);
        }
        if (bytes.Count > _maxBytes)
        {
            bytes.RemoveRange(_maxBytes, bytes.Count - _maxBytes);
        }
        return bytes.ToArray();
    }

    private void MutateOnce(List<byte> bytes)
    {
        int choice = _random.Next(10);
        if (bytes.Count == 0)
        {
            bytes.AddRange(Token());
            return;
        }
        int at = _random.Next(bytes.Count);
        switch (choice)
        {
            case 0:
                bytes[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1:
                bytes[at] = InterestingBytes[_random.Next(InterestingBytes.Length)];
                break;
            case 2:
                bytes[at] = (byte)_random.Next(256);
                break;
            case 3:
                bytes.RemoveRange(at, BlockLength(bytes.Count - at));
                break;
            case 4:
                bytes.InsertRange(_random.Next(bytes.Count + 1), bytes.GetRange(at, BlockLength(bytes.Count - at)));
                break;
            case 5:
                bytes.InsertRange(at, Token());
                break;
            case 6:
                byte[] token = Token();
                bytes.RemoveRange(at, Math.Min(token.Length, bytes.Count - at));
                bytes.InsertRange(at, token);
                break;
            case 7:
                byte[] other = _corpus[_random.Next(_corpus.Length)];
                if (other.Length > 0)
                {
                    int from = _random.Next(other.Length);
                    bytes.RemoveRange(at, bytes.Count - at);
                    bytes.AddRange(other.AsSpan(from).ToArray());
                }
                break;
            case 8:
                ReplaceNumber(bytes, at);
                break;
            default:
                ReplaceString(bytes, at);
                break;
        }
    }

    /// <summary>Replaces the number at or after <paramref name="at"/> with one at a limit.</summary>
    private void ReplaceNumber(List<byte> bytes, int at)
    {
        int start = bytes.FindIndex(at, b => b is (>= (byte)'0' and <= (byte)'9') or (byte)'-');
        if (start < 0)
        {
            return;
        }
        int end = start;
        while (end < bytes.Count && (bytes[end] is (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'e' or (byte)'E' or (byte)'+'))
        {
            end++;
        }
        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, Encoding.ASCII.GetBytes(InterestingNumbers[_random.Next(InterestingNumbers.Length)]));
    }

    /// <summary>Replaces the content of the JSON string at or after <paramref name="at"/> with a token.</summary>
    private void ReplaceString(List<byte> bytes, int at)
    {
        int open = bytes.IndexOf((byte)'"', at);
        int close = open < 0 ? -1 : bytes.IndexOf((byte)'"', open + 1);
        if (close < 0)
        {
            return;
        }
        byte[] token = Token();
        if (token.Length > 1 && token[0] == '"' && token[^1] == '"')
        {
            token = token[1..^1];
        }
        bytes.RemoveRange(open + 1, close - open - 1);
        bytes.InsertRange(open + 1, token);
    }

    private byte[] Token() => _tokens.Length == 0
        ? [InterestingBytes[_random.Next(InterestingBytes.Length)]]
        : _tokens[_random.Next(_tokens.Length)];

    private int BlockLength(int available) => Math.Max(1, Math.Min(available, 1 << _random.Next(7)));
}
