using System.Globalization;
using System.IO;
using System.Text;

namespace Sannong.Cli.Tests;

/// <summary>Runs `sannong` in-process and captures what it writes.</summary>
internal static class CliRun
{
    internal static (int Exit, string Out, string Err) Of(params string[] args) => WithInput(null, args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input (UTF-8).</summary>
    internal static (int Exit, string Out, string Err) WithInput(string? stdin, params string[] args) =>
        WithBytes(Encoding.UTF8.GetBytes(stdin ?? string.Empty), args);

    /// <summary>Runs with <paramref name="stdin"/> as the bytes of standard input.</summary>
    internal static (int Exit, string Out, string Err) WithBytes(byte[] stdin, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        using var input = new MemoryStream(stdin, writable: false);
        int exit = SannongCli.Run(args, output, error, input);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs with the current culture (and UI culture) of the thread set to <paramref name="culture"/>.</summary>
    internal static (int Exit, string Out, string Err) InCulture(string culture, params string[] args)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        CultureInfo beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return Of(args);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
