using System.IO.Compression;
using System.Text;
using SlmAssistant.TestKit.Documents;

namespace SlmAssistant.Admin.Tests.Support;

/// <summary>Real documents for uploads: PDF and DOCX written by the TestKit, and broken files of each kind.</summary>
public static class SampleFiles
{
    public static byte[] GlacierWarrantyPdf() => PdfDocumentWriter.Write(new SampleDocument(
        "Glacier Tent Warranty",
        [
            new SampleSection(1, "Coverage", [
                "The Glacier expedition tent is covered by a warranty of seven years from the date of purchase.",
                "The warranty covers broken poles, failed seams and zippers that no longer close.",
            ]),
            new SampleSection(1, "How to claim", [
                "Send a photo of the damage and your order number to the Zephyr Outdoor support team.",
            ]),
        ]));

    public static byte[] KayakRentalDocx() => DocxDocumentWriter.Write(new SampleDocument(
        "Kayak Rental Terms",
        [
            new SampleSection(1, "Deposits", [
                "Every kayak rental requires a refundable deposit of eighty dollars, paid when the kayak is picked up.",
                "The deposit is refunded within three business days after the kayak is returned undamaged.",
            ]),
            new SampleSection(1, "Late returns", [
                "A kayak returned after sunset is charged an extra half day of rental.",
            ]),
        ]));

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Starts like a PDF, so it passes the upload check, but cannot be read.</summary>
    public static byte[] CorruptPdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nthis is not a real pdf body\n%%EOF");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    /// <summary>A .docx whose body inflates a thousandfold (5 MB of zeros in a few KB).</summary>
    public static byte[] ZipBombDocx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = zip.CreateEntry("[Content_Types].xml").Open())
            {
                writer.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
            }

            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 5; i++)
            {
                document.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
