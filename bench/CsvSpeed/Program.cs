// Times, interleaved in one process, (1) Sep's own parse of content.csv into nothing (every row enumerated, every
// column's span touched) and (2) CsvRecordFormat reading the same file into ContentItem records, and prints both with
// their ratio. Usage: dotnet CsvSpeed.dll [folder] [rounds]; the folder (default bench/data/csv-speed) gets content.csv
// written from SampleProgramme.Generate(1, 1.0) when it is missing.
using System.Diagnostics;
using nietras.SeparatedValues;
using Sannong.Domain;
using Sannong.Domain.Content;
using Sannong.Domain.Csv;
using Sannong.Domain.Programmes;
using Sannong.Domain.Samples;
using Sannong.Domain.Serialization;

string folder = args.Length > 0 ? args[0] : Path.Combine("bench", "data", "csv-speed");
int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
string file = Path.Combine(folder, "content.csv");
var format = new CsvRecordFormat();
if (!File.Exists(file))
{
    Directory.CreateDirectory(folder);
    Console.WriteLine("writing content.csv from SampleProgramme.Generate(1, 1.0) ...");
    SannongDataset sample = SampleProgramme.Generate(1, 1.0);
    using FileStream output = File.Create(file);
    format.Write(sample.Data.Content, output);
}
byte[] bytes = File.ReadAllBytes(file);
Console.WriteLine($"content.csv: {bytes.Length / 1e6:F1} MB, read from memory");

long SepOnly()
{
    long touched = 0;
    using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);
    using SepReader sep = new SepReaderOptions(new Sep(',')) { HasHeader = true, Unescape = true }.From(reader);
    foreach (SepReader.Row row in sep)
    {
        for (int i = 0; i < row.ColCount; i++)
        {
            touched += row[i].Span.Length;
        }
    }
    return touched;
}

// The format hands records to a RecordFileReader made for one file alone; nothing of the folder reader (the
// cross-record checks) is timed.
long Format()
{
    var records = RecordFileReader<ContentItem>.ForFile("content.csv");
    format.Read(new MemoryStream(bytes), records);
    if (records.ProblemCount != 0)
    {
        throw new InvalidOperationException($"{records.ProblemCount} problems while reading");
    }
    return records.Records.Count;
}

Console.WriteLine($"warm-up: Sep touched {SepOnly():N0} chars; the format read {Format():N0} records");
var sepTimes = new List<double>();
var formatTimes = new List<double>();
for (int round = 0; round < rounds; round++)
{
    GC.Collect();
    var watch = Stopwatch.StartNew();
    SepOnly();
    sepTimes.Add(watch.Elapsed.TotalSeconds);
    GC.Collect();
    watch.Restart();
    Format();
    formatTimes.Add(watch.Elapsed.TotalSeconds);
}
// For reference: the core's own NDJSON reader on the same records (content.ndjson, written once beside content.csv).
string ndjsonFile = Path.Combine(folder, "content.ndjson");
if (!File.Exists(ndjsonFile))
{
    var written = new List<ContentItem>();
    using (var reread = new MemoryStream(bytes))
    {
        var records = RecordFileReader<ContentItem>.ForFile("content.csv");
        format.Read(reread, records);
        written = [.. records.Records];
    }
    using FileStream output = File.Create(ndjsonFile);
    RecordFileFormat.Ndjson.Write(written, output);
}
byte[] ndjson = File.ReadAllBytes(ndjsonFile);
double ndjsonTime = double.MaxValue;
for (int round = 0; round < rounds; round++)
{
    var records = RecordFileReader<ContentItem>.ForFile("content.ndjson");
    GC.Collect();
    var watch = Stopwatch.StartNew();
    RecordFileFormat.Ndjson.Read(new MemoryStream(ndjson), records);
    ndjsonTime = Math.Min(ndjsonTime, watch.Elapsed.TotalSeconds);
}
Console.WriteLine($"reference: the core's NDJSON reader on the same records (content.ndjson, {ndjson.Length / 1e6:F1} MB): best of {rounds} {ndjsonTime:F3} s");
// The floor the core sets: the records' identifiers parsed and the records built again from values already parsed
// (the validation in ContentId/InfluencerId and ContentItem's constructor), no CSV at all.
List<ContentItem> built = new();
{
    var records = RecordFileReader<ContentItem>.ForFile("content.csv");
    format.Read(new MemoryStream(bytes), records);
    built = [.. records.Records];
}
double floor = double.MaxValue;
for (int round = 0; round < rounds; round++)
{
    var again = new List<ContentItem>(built.Count);
    GC.Collect();
    var watch = Stopwatch.StartNew();
    foreach (ContentItem i in built)
    {
        again.Add(new ContentItem(ContentId.Parse(i.Id.Value.AsSpan()), InfluencerId.Parse(i.Author.Value.AsSpan()), i.Kind, i.Published, i.Length,
            i.Caption, i.Topics, new Engagement(i.Engagement.Views, i.Engagement.Likes, i.Engagement.Comments, i.Engagement.Shares)));
    }
    floor = Math.Min(floor, watch.Elapsed.TotalSeconds);
}
Console.WriteLine($"floor: the same records' ids parsed and records constructed from parsed values, no CSV: best of {rounds} {floor:F3} s");
double sep = sepTimes.Order().ElementAt(rounds / 2);
double mine = formatTimes.Order().ElementAt(rounds / 2);
Console.WriteLine($"median of {rounds} interleaved rounds: Sep parse into nothing {sep:F3} s ({bytes.Length / 1e6 / sep:F0} MB/s); " +
    $"CsvRecordFormat into ContentItem records {mine:F3} s ({bytes.Length / 1e6 / mine:F0} MB/s); the format runs at {sep / mine:P0} of Sep's speed (target: at least 50%)");
