// Reads a dataset folder of CSV files with a column map and prints its scorecard's mentees, cash spent and earners;
// exits 1 on a problem. Usage: Sannong.Domain.Csv.AotCheck <folder> <map.json>
using Sannong.Domain;
using Sannong.Domain.Csv;
using Sannong.Domain.Progress;
using Sannong.Domain.Serialization;

var report = new CsvReadReport();
var format = new CsvRecordFormat(CsvColumnMap.Load(args[1]), report);
ValidationResult<Sannong.Domain.Programmes.SannongDataset> result = DatasetFiles.Validate(args[0], ValidationOptions.Default, [format]);
if (result.Value is null)
{
    foreach (DataProblem problem in result.Problems)
    {
        Console.Error.WriteLine(problem);
    }
    return 1;
}
Scorecard card = ScorecardCalculator.Compute(result.Value.Data, result.Value.AsOf!.Value);
Console.WriteLine($"mentees {card.Mentees.Actual}, cash spent {card.Cash?.Spent}, earners {card.Monetisation.Earners} of {card.Monetisation.Mentees}; {report}");
// Writing goes through the format too.
string copy = Path.Combine(Path.GetTempPath(), $"aot-csv-{Guid.NewGuid():N}");
DatasetFiles.WriteFolder(result.Value, copy, new CsvRecordFormat());
bool same = DatasetFiles.Read(copy, ValidationOptions.Default, [new CsvRecordFormat()]).Equals(result.Value);
Directory.Delete(copy, recursive: true);
Console.WriteLine(same ? "round trip: same dataset" : "round trip: DIFFERENT");
return same ? 0 : 1;
