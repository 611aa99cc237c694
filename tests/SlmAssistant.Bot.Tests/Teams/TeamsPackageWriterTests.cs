using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SlmAssistant.Bot.Teams;

namespace SlmAssistant.Bot.Tests.Teams;

public sealed class TeamsPackageWriterTests : IDisposable
{
    private const string AppId = "0d7c5a2e-1b3f-4e6a-9c8d-7f6e5d4c3b2a";

    private readonly TestDirectory _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void PackageHoldsTheManifestAndBothIcons()
    {
        var path = Path.Combine(_output.Path, "out", "teams-app.zip");

        TeamsPackageWriter.Write(AppId, "https://bot.contoso.example/api/messages", path);

        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        var root = manifest.RootElement;
        Assert.Equal("https://developer.microsoft.com/en-us/json-schemas/teams/v1.19/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal("1.19", root.GetProperty("manifestVersion").GetString());
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        Assert.Equal("1.0.0", root.GetProperty("version").GetString());
        Assert.Equal("https://bot.contoso.example", root.GetProperty("developer").GetProperty("websiteUrl").GetString());
        Assert.True(root.GetProperty("name").GetProperty("short").GetString()!.Length <= 30);
        Assert.True(root.GetProperty("description").GetProperty("short").GetString()!.Length <= 80);
        Assert.Equal("color.png", root.GetProperty("icons").GetProperty("color").GetString());
        Assert.Equal("outline.png", root.GetProperty("icons").GetProperty("outline").GetString());
        Assert.Matches("^#[0-9A-F]{6}$", root.GetProperty("accentColor").GetString());
        var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(bot.GetProperty("supportsFiles").GetBoolean());
        Assert.Equal(["bot.contoso.example"], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void ColorIconIs192PixelsOfAccentColorWithAWhiteBubble()
    {
        var path = Path.Combine(_output.Path, "app.zip");

        TeamsPackageWriter.Write(AppId, "https://bot.contoso.example/api/messages", path, new TeamsPackageOptions { AccentColor = "#204080" });

        using var zip = ZipFile.OpenRead(path);
        var icon = PngReader.Read(Read(zip, "color.png"));
        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal(((byte)0x20, (byte)0x40, (byte)0x80, (byte)255), icon.Pixel(0, 0));
        Assert.Equal(((byte)255, (byte)255, (byte)255, (byte)255), icon.Pixel(96, 60));
        Assert.All(Enumerable.Range(0, 192 * 192), i => Assert.Equal(255, icon.Rgba[(i * 4) + 3]));
    }

    [Fact]
    public void OutlineIconIs32PixelsOfWhiteOnTransparency()
    {
        var path = Path.Combine(_output.Path, "app.zip");

        TeamsPackageWriter.Write(AppId, "https://bot.contoso.example/api/messages", path);

        using var zip = ZipFile.OpenRead(path);
        var icon = PngReader.Read(Read(zip, "outline.png"));
        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.Equal(0, icon.Pixel(16, 14).A);
        var visible = Enumerable.Range(0, 32 * 32).Select(i => icon.Pixel(i % 32, i / 32)).Where(p => p.A > 0).ToList();
        Assert.InRange(visible.Count, 40, 400);
        Assert.All(visible, p => Assert.Equal(((byte)255, (byte)255, (byte)255), (p.R, p.G, p.B)));
    }

    [Theory]
    [InlineData("not-a-guid", "https://bot.contoso.example/api/messages", "appId")]
    [InlineData(AppId, "http://bot.contoso.example/api/messages", "endpoint")]
    [InlineData(AppId, "bot.contoso.example/api/messages", "endpoint")]
    public void PackageNeedsAGuidAndAnHttpsEndpoint(string appId, string endpoint, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => TeamsPackageWriter.Write(appId, endpoint, Path.Combine(_output.Path, "x.zip")));

        Assert.Equal(parameter, error.ParamName);
        Assert.False(File.Exists(Path.Combine(_output.Path, "x.zip")));
    }

    [Fact]
    public void Crc32MatchesTheStandardCheckValue() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
