// SlmAssistant.Benchmarks — figures for the embedding generator, the knowledge store and hybrid search.
//
// Usage (from the repository root; build Release first: dotnet build -c Release benchmarks/SlmAssistant.Benchmarks):
//   dotnet run -c Release --project benchmarks/SlmAssistant.Benchmarks -- embed [--passages 1000] [--batch 32] [--rounds 3] [--slice 100] [--data DIR]
//       Our ArcticEmbeddingGenerator vs the package's SentenceEncoder.Encode on the same ~200-token passages
//       (SciFact abstracts cut into windows when --data points at a BEIR SciFact folder, else synthetic text),
//       taking turns slice by slice; passages/s, the ratio, and how closely the vectors agree.
//   dotnet run -c Release --project benchmarks/SlmAssistant.Benchmarks -- search [--sizes 10000,100000] [--queries 200] [--dir DIR]
//       Stores of synthetic chunks (Zipf-distributed words, random unit vectors): p50/p95 latency of hybrid search
//       with query embedding, and of keyword-only and vector-only search.
//   dotnet run -c Release --project benchmarks/SlmAssistant.Benchmarks -- scifact --data ../shared/eval/scifact [--split test] [--db DIR]
//       Indexes SciFact (one document per abstract, ~200-token windows) and reports nDCG@10, recall@10/100, MRR@10
//       for keyword, vector and hybrid retrieval, index time and peak memory. --db DIR reuses an index built there before.
//       --k, --keyword-weight, --vector-weight, --depth, --title-weight override the defaults.
//   ... -- tune --data ../shared/eval/scifact --db DIR
//       Grid search of fusion and BM25 weights on the train split (it refuses the test split).
// Every timing is printed with the machine's load average: on a shared machine, read them together.
using SlmAssistant.Benchmarks;
using SlmAssistant.Benchmarks.Commands;

var arguments = BenchmarkArguments.Parse(args);
switch (arguments.Command)
{
    case "embed":
        await EmbedBenchmark.RunAsync(arguments);
        break;
    case "search":
        await SearchBenchmark.RunAsync(arguments);
        break;
    case "scifact":
        await SciFactBenchmark.RunAsync(arguments);
        break;
    case "tune":
        await TuneCommand.RunAsync(arguments);
        break;
    default:
        Console.WriteLine("Commands: embed, search, scifact, tune. See the header of Program.cs.");
        return 1;
}

return 0;
