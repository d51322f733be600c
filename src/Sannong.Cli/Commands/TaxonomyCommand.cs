using System.CommandLine;
using Sannong.Cli.Rendering;
using Sannong.Domain.Taxonomy;
using Spectre.Console;

namespace Sannong.Cli.Commands;

/// <summary>`sannong taxonomy [--lang zh|pinyin|en|fr] [--format table|json]`: the Three Rural Issues tree.</summary>
internal static class TaxonomyCommand
{
    internal static Command Create(CliContext context)
    {
        Option<string> lang = CliOptions.Choice("--lang", "The language of the labels: zh (简体中文), pinyin, en or fr.", "en", "zh", "pinyin", "en", "fr");
        Option<string> format = CliOptions.Choice("--format",
            "table (default: the tree) or json (exactly the sannong-taxonomy/1 JSON, every language, nothing else on stdout).", "table", "table", "json");
        var command = new Command("taxonomy", "Show the Three Rural Issues (三农) topic tree with its codes.") { lang, format };
        command.SetAction(parsed => CliErrors.Guard(context, () =>
        {
            if (parsed.GetValue(format) == "json")
            {
                context.Output.WriteLine(TaxonomyJson.ToJson(SannongTaxonomy.Standard));
                return SannongCli.Success;
            }
            TopicLanguage language = parsed.GetValue(lang) switch
            {
                "zh" => TopicLanguage.ZhHans,
                "pinyin" => TopicLanguage.Pinyin,
                "fr" => TopicLanguage.French,
                _ => TopicLanguage.English,
            };
            var tree = new Tree(Markup.Escape("三农 sānnóng"));
            foreach (Topic root in SannongTaxonomy.Standard.Roots)
            {
                TreeNode node = tree.AddNode(Label(root, language));
                AddChildren(node, root, language);
            }
            context.Console.Write(tree);
            return SannongCli.Success;
        }));
        return command;
    }

    private static void AddChildren(TreeNode node, Topic topic, TopicLanguage language)
    {
        foreach (Topic child in topic.Children)
        {
            AddChildren(node.AddNode(Label(child, language)), child, language);
        }
    }

    private static string Label(Topic topic, TopicLanguage language) =>
        $"{Markup.Escape(topic.Labels.Get(language))} [grey]{Markup.Escape(topic.Code)}[/]";
}
