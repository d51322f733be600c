using System;
using System.IO;
using SharpFuzz;

namespace Sannong.Fuzz;

/// <summary>
/// The entry point. With no argument it is an AFL++ target (SharpFuzz out-of-process mode: afl-fuzz feeds the input on
/// standard input). With <c>--replay PATH</c> it runs the same target in-process, without AFL, over a file or every
/// file of a folder and then, with <c>--seconds N</c>, over deterministic mutations of them (see <see cref="Replay"/>).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                Target.Run(buffer.ToArray());
            });
            return 0;
        }
        if (args[0] is "-h" or "--help")
        {
            Console.WriteLine(Replay.Usage);
            return 0;
        }
        ReplayOptions? options = ReplayOptions.Parse(args, out string? error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Replay.Usage);
            return 2;
        }
        return Replay.Run(options);
    }
}
