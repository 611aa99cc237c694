using SlmAssistant.Tools.Evaluation.Routing;

namespace SlmAssistant.Tools.Tests.Evaluation.Routing;

public class CsvRecordReaderTests
{
    [Fact]
    public void QuotedFieldsKeepCommasQuotesAndLineBreaks()
    {
        var csv = "text,label\r\n\"hello, world\",greeting\r\n\"she said \"\"hi\"\"\",quote\n\"two\nlines\",multi\nplain,last";

        var records = CsvRecordReader.Read(new StringReader(csv)).ToList();

        Assert.Equal(5, records.Count);
        Assert.Equal(["hello, world", "greeting"], records[1]);
        Assert.Equal(["she said \"hi\"", "quote"], records[2]);
        Assert.Equal(["two\nlines", "multi"], records[3]);
        Assert.Equal(["plain", "last"], records[4]);
    }

    [Fact]
    public void EmptyFieldsAndBlankLinesAreHandled()
    {
        var records = CsvRecordReader.Read(new StringReader("a,,c\n\n\"\",x\n")).ToList();

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "", "c"], records[0]);
        Assert.Equal(["", "x"], records[1]);
    }

    [Fact]
    public void UnterminatedQuoteIsAnError()
    {
        Assert.Throws<InvalidDataException>(() => CsvRecordReader.Read(new StringReader("\"open,label")).ToList());
    }
}
