using SlmAssistant.TestKit.Documents;

// Regenerates the PDF and DOCX documents of knowledge/ from their Markdown sources:
//   Sources/<domain>/<name>.pdf.md  -> <knowledge>/<domain>/<name>.pdf
//   Sources/<domain>/<name>.docx.md -> <knowledge>/<domain>/<name>.docx
// Usage: dotnet run --project tests/SlmAssistant.CorpusWriter -- [sourcesDir] [knowledgeDir]
var sources = args.Length > 0 ? args[0] : Path.Combine("tests", "SlmAssistant.CorpusWriter", "Sources");
var knowledge = args.Length > 1 ? args[1] : "knowledge";
var written = 0;
foreach (var file in Directory.EnumerateFiles(sources, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    var name = Path.GetFileNameWithoutExtension(file); // e.g. "restocking-fees.pdf"
    var format = Path.GetExtension(name);
    var domain = Path.GetFileName(Path.GetDirectoryName(file)!);
    var document = SampleDocument.ParseMarkdown(File.ReadAllText(file));
    byte[] bytes = format switch
    {
        ".pdf" => PdfDocumentWriter.Write(document),
        ".docx" => DocxDocumentWriter.Write(document),
        _ => throw new InvalidOperationException($"{file}: name must end in .pdf.md or .docx.md"),
    };
    var target = Path.Combine(knowledge, domain, name);
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    File.WriteAllBytes(target, bytes);
    Console.WriteLine($"{file} -> {target} ({bytes.Length:N0} bytes)");
    written++;
}

Console.WriteLine($"{written} documents written.");
