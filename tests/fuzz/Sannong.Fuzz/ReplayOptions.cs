using System;
using System.Globalization;

namespace Sannong.Fuzz;

/// <summary>The options of the replay mode: <c>--replay PATH [--seconds N] [--seed S] [--dict FILE] [--crashes DIR]</c>.</summary>
internal sealed record ReplayOptions(string Path, int Seconds, int Seed, string? Dictionary, string CrashDirectory)
{
    internal static ReplayOptions? Parse(string[] args, out string? error)
    {
        string? path = null;
        string? dictionary = null;
        string crashes = "replay-crashes";
        int seconds = 0;
        int seed = 1;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (i + 1 >= args.Length)
            {
                error = $"{name}: a value is missing.";
                return null;
            }
            string value = args[++i];
            switch (name)
            {
                case "--replay":
                    path = value;
                    break;
                case "--dict":
                    dictionary = value;
                    break;
                case "--crashes":
                    crashes = value;
                    break;
                case "--seconds" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seconds):
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
                    break;
                default:
                    error = $"{name} {value}: not an option, or not a whole number.";
                    return null;
            }
        }
        if (path is null)
        {
            error = "--replay PATH is required.";
            return null;
        }
        error = null;
        return new ReplayOptions(path, seconds, seed, dictionary, crashes);
    }
}
