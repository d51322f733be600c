using System;
using System.Linq;

namespace Sannong.Cli;

/// <summary>Calls the library with option values, so that a value the library refuses is a usage error naming the option
/// the user typed rather than the library's parameter. The rule itself stays in the library.</summary>
internal static class OptionArguments
{
    /// <summary>Returns <paramref name="call"/>'s result; an <see cref="ArgumentException"/> about one of the parameters
    /// of <paramref name="options"/> becomes a <see cref="CliUsageException"/> ("--cut must be between 0 and 1 ...").</summary>
    internal static T Check<T>(Func<T> call, params (string Parameter, string Option)[] options)
    {
        try
        {
            return call();
        }
        catch (ArgumentException e) when (e.ParamName is { } name && options.Any(o => o.Parameter == name))
        {
            string option = options.First(o => o.Parameter == name).Option;
            string message = CliErrors.OneLine(e);
            throw new CliUsageException(message.StartsWith(name + " ", StringComparison.Ordinal)
                ? option + message[name.Length..]
                : $"{option}: {message}");
        }
    }
}
