using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace Sannong.Fuzz;

/// <summary>
/// The replay mode: runs <see cref="Target"/> in-process, without AFL, over a file or every file of a folder (a crash
/// to reproduce, or the seed corpus), then, for <c>--seconds</c>, over mutations of those files drawn from a
/// <see cref="Random"/> seeded with <c>--seed</c>: the same seed gives the same sequence of inputs. It is what run.sh
/// falls back to when afl-fuzz cannot be had, and how a crash file is reproduced with its stack trace.
/// </summary>
internal static class Replay
{
    internal const string Usage =
        "usage: dotnet Sannong.Fuzz.dll                     (AFL++ target: the input on standard input)\n" +
        "       dotnet Sannong.Fuzz.dll --replay PATH [--seconds N] [--seed S] [--dict FILE] [--crashes DIR]\n" +
        "  PATH a file or a folder of inputs, each run once; then N seconds of deterministic mutations of them\n" +
        "  (seed S, default 1; tokens from an AFL dictionary FILE); inputs that crash are saved under DIR.\n" +
        "  Exit code 1 when any input crashes, 0 otherwise.";

    private const int MaxInputBytes = 256 * 1024;

    internal static int Run(ReplayOptions options)
    {
        List<(string Name, byte[] Bytes)> inputs = Inputs(options.Path);
        if (inputs.Count == 0)
        {
            Console.Error.WriteLine($"replay: no input file at {options.Path}");
            return 2;
        }
        var crashes = new HashSet<string>(StringComparer.Ordinal);
        int crashed = 0;
        foreach ((string name, byte[] bytes) in inputs)
        {
            if (Execute(bytes) is { } e)
            {
                crashed++;
                crashes.Add(Signature(e));
                Console.WriteLine($"CRASH {name}");
                Console.WriteLine(e.ToString());
            }
        }
        Console.WriteLine($"replay: {inputs.Count} file(s) from {options.Path}, {crashed} crash(es)");
        if (options.Seconds > 0)
        {
            crashed += Mutate(options, inputs, crashes);
        }
        return crashed == 0 ? 0 : 1;
    }

    /// <summary>The mutation loop; returns the number of mutated inputs that crashed in a way not seen before.</summary>
    private static int Mutate(ReplayOptions options, List<(string Name, byte[] Bytes)> inputs, HashSet<string> seen)
    {
        byte[][] tokens = options.Dictionary is { } dict ? AflDictionary.Read(dict) : [];
        var mutator = new Mutator(new Random(options.Seed), inputs.Select(i => i.Bytes).ToArray(), tokens, MaxInputBytes);
        var clock = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(options.Seconds);
        long executions = 0;
        int crashed = 0;
        while (clock.Elapsed < limit)
        {
            byte[] input = mutator.Next();
            executions++;
            if (Execute(input) is not { } e || !seen.Add(Signature(e)))
            {
                continue;
            }
            crashed++;
            Directory.CreateDirectory(options.CrashDirectory);
            string file = Path.Combine(options.CrashDirectory,
                $"crash-{executions.ToString(CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}");
            File.WriteAllBytes(file, input);
            Console.WriteLine($"CRASH (mutation {executions}, seed {options.Seed}) saved as {file}");
            Console.WriteLine(e.ToString());
        }
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replay: {executions} mutated inputs in {seconds:F0} s ({executions / seconds:F0} execs/s, seed {options.Seed}, {tokens.Length} dictionary tokens), {crashed} new crash(es)"));
        return crashed;
    }

    private static Exception? Execute(byte[] input)
    {
        try
        {
            Target.Run(input);
            return null;
        }
#pragma warning disable CA1031 // Any exception is a finding to report, whatever its type.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e;
        }
    }

    /// <summary>A crash's identity for de-duplication: the exception's type and message (digits dropped) and the
    /// harness method that called into the library. Frames inside the library are not used: the JIT inlines them
    /// differently as tiers change, so one bug would show several innermost frames.</summary>
    private static string Signature(Exception e)
    {
        string caller = new StackTrace(e, fNeedFileInfo: false).GetFrames()
            .Select(f => f.GetMethod())
            .Where(m => m?.DeclaringType?.Namespace == typeof(Replay).Namespace)
            .Select(m => $"{m!.DeclaringType!.Name}.{m.Name}")
            .FirstOrDefault() ?? "?";
        string message = new(e.Message.Where(c => !char.IsAsciiDigit(c)).ToArray());
        return $"{e.GetType().FullName}: {message} @ {caller}";
    }

    private static List<(string Name, byte[] Bytes)> Inputs(string path)
    {
        if (File.Exists(path))
        {
            return [(path, File.ReadAllBytes(path))];
        }
        if (!Directory.Exists(path))
        {
            return [];
        }
        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))
                && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllBytes(f)))
            .ToList();
    }
}
