using SlmAssistant.Routing.Scope;
using SlmAssistant.TestKit;
using SlmAssistant.Tools.Evaluation.Routing;

namespace SlmAssistant.Tools.Tests.Evaluation.Routing;

public class LabeledTextFileTests
{
    [Fact]
    public void JsonLinesGiveTextAndLabel()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("train.jsonl");
        File.WriteAllText(path, "{\"text\": \"where is my parcel\", \"label\": \"shipping\"}\n\n{\"label\": \"oos\", \"text\": \"tell me a joke\"}\n");

        var items = LabeledTextFile.Load(path);

        Assert.Equal([new LabeledText("where is my parcel", "shipping"), new LabeledText("tell me a joke", "oos")], items);
    }

    [Fact]
    public void CsvWithAHeaderMayListColumnsInAnyOrder()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("train.csv");
        File.WriteAllText(path, "category,text\nbilling,\"why was I charged twice, again?\"\n");

        var items = LabeledTextFile.Load(path);

        Assert.Equal([new LabeledText("why was I charged twice, again?", "billing")], items);
    }

    [Fact]
    public void CsvWithoutAHeaderIsTextThenLabel()
    {
        var items = LabeledTextFile.ReadCsv(new StringReader("\"hi, there\",greeting\nbye,goodbye\n"));

        Assert.Equal([new LabeledText("hi, there", "greeting"), new LabeledText("bye", "goodbye")], items);
    }

    [Fact]
    public void LineWithoutALabelNamesTheFileAndLine()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("bad.jsonl");
        File.WriteAllText(path, "{\"text\": \"a\", \"label\": \"b\"}\n{\"text\": \"c\"}\n");

        var error = Assert.Throws<InvalidDataException>(() => LabeledTextFile.Load(path));

        Assert.Contains("bad.jsonl", error.Message, StringComparison.Ordinal);
        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
    }
}
