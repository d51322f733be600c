using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Sannong.Domain.Taxonomy;
using Sannong.Domain.Utility;
using Spectre.Console;

namespace Sannong.Cli.Commands;

/// <summary>`sannong classify [TEXT...]`: the topics found in each text (or each line of stdin) with their labels.</summary>
internal static class ClassifyCommand
{
    internal static Command Create(CliContext context)
    {
        var texts = new Argument<string[]>("text")
        {
            Description = "Captions, titles or hashtags to classify; without any, each line of standard input is one text.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("classify", "Find the Three Rural Issues topics in captions, titles and hashtags.") { texts };
        command.SetAction(parsed => CliErrors.Guard(context, () =>
        {
            IEnumerable<string> inputs = parsed.GetValue(texts) is { Length: > 0 } given ? given : ReadLines(context);
            var table = new Table().AddColumns("Text", "Topics (score)");
            foreach (string text in inputs)
            {
                var matches = TopicClassifier.Standard.Classify(text);
                string found = matches.IsEmpty
                    ? "[grey](none)[/]"
                    : string.Join("\n", matches.Select(m =>
                        $"{Markup.Escape(m.Topic.Code)} {Markup.Escape(m.Topic.Labels.ZhHans)} {Markup.Escape(m.Topic.Labels.English)} ({m.Score})"));
                table.AddRow(Markup.Escape(TextEscaping.ForDisplay(text)), found);
            }
            context.Console.Write(table);
            return SannongCli.Success;
        }));
        return command;
    }

    private static IEnumerable<string> ReadLines(CliContext context)
    {
        while (context.Input.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
