using System.Text;
using SlmAssistant.Tools.Evaluation.Routing;

namespace SlmAssistant.Tools.Tests.Evaluation.Routing;

public class Clinc150FileTests
{
    private const string Fixture = """
        {
          "train": [["what is my balance", "balance"], ["transfer money to savings", "transfer"]],
          "val": [["how much is in my account", "balance"]],
          "test": [["move 50 dollars to checking", "transfer"]],
          "oos_train": [["tell me about dinosaurs", "oos"]],
          "oos_val": [["who won the game", "oos"]],
          "oos_test": [["how tall is a giraffe", "oos"]]
        }
        """;

    [Fact]
    public void ReadsAllSixPartsAsTextAndIntent()
    {
        var data = Clinc150File.Read(new MemoryStream(Encoding.UTF8.GetBytes(Fixture)));

        Assert.Equal(2, data.Train.Count);
        Assert.Equal("transfer", data.Train[1].Label);
        Assert.Equal("how much is in my account", data.Validation[0].Text);
        Assert.Single(data.Test);
        Assert.All(data.OosTrain.Concat(data.OosValidation).Concat(data.OosTest), t => Assert.Equal(Clinc150Data.OosLabel, t.Label));
    }

    [Fact]
    public void BenchmarkUsesNoOutOfScopeTrainingData()
    {
        var data = Clinc150File.Read(new MemoryStream(Encoding.UTF8.GetBytes(Fixture)));

        var benchmark = ScopeBenchmark.FromClinc150(data);

        Assert.Equal(data.Train, benchmark.Training.Exemplars);
        Assert.Equal(data.OosValidation, benchmark.Training.ValidationOutOfScope);
        Assert.DoesNotContain(benchmark.Training.Exemplars, t => t.Label == Clinc150Data.OosLabel);
        Assert.Equal(data.OosTest, benchmark.Test.OutOfScope);
    }

    [Fact]
    public void MissingPartIsAnError()
    {
        var error = Assert.Throws<InvalidDataException>(() => Clinc150File.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\"train\": []}"))));

        Assert.Contains("val", error.Message, StringComparison.Ordinal);
    }
}
