#:project ../../src/Sannong.Domain/Sannong.Domain.csproj
// Classifies captions and hashtags into the Three Rural Issues (三农) taxonomy, in Chinese, English and French.
// Run from the repository root: dotnet run docs/examples/classify-captions.cs
using System;
using System.Linq;
using Sannong.Domain.Taxonomy;

string[] captions =
{
    "今天去#乡村美食# 做一顿柴火饭",
    "返乡新农人直播带货，助农",
    "#farmlife harvest of rice",
    "#三农# Récolte du thé",
    "城市夜景",
};
foreach (string caption in captions)
{
    var matches = TopicClassifier.Standard.Classify(caption);
    Console.WriteLine(caption);
    if (matches.IsEmpty)
    {
        Console.WriteLine("  (no topic)");
        continue;
    }
    foreach (TopicMatch m in matches)
    {
        Console.WriteLine($"  {m.Topic.Code,-24} {m.Topic.Issue,-11} score {m.Score} [{string.Join(", ", m.MatchedKeywords)}]");
    }
    // The rural issue with the highest total score.
    var top = matches.GroupBy(m => m.Topic.Issue).OrderByDescending(g => g.Sum(m => m.Score)).ThenBy(g => g.Key).First();
    Console.WriteLine($"  => {top.Key}");
}
