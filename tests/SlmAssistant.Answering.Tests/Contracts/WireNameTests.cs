using System.Text.Json;
using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Answering.Tests.Contracts;

/// <summary>Routes and modes are enums in the code and the same lower-case words on the wire as before.</summary>
public sealed class WireNameTests
{
    [Fact]
    public void AnAnswerSerialisesItsRouteAndModeAsTheirWireNamesWithAnySerializerOptions()
    {
        var answer = new AnswerResult("Hi!", Route.Smalltalk, null, 1, [], AnswerMode.Fixed, Found: true);

        foreach (var options in new[] { JsonSerializerOptions.Default, JsonSerializerOptions.Web })
        {
            using var json = JsonDocument.Parse(JsonSerializer.Serialize(answer, options));
            var root = json.RootElement;
            Assert.Equal("smalltalk", root.GetProperty(options == JsonSerializerOptions.Web ? "route" : "Route").GetString());
            Assert.Equal("fixed", root.GetProperty(options == JsonSerializerOptions.Web ? "mode" : "Mode").GetString());
        }

        Assert.Equal(AnswerMode.Slm, JsonSerializer.Deserialize<AnswerMode>("\"slm\""));
    }

    [Fact]
    public void EveryRouteAndModeHasOneWireNameThatParsesBack()
    {
        Assert.All(Enum.GetValues<Route>(), route => Assert.Equal(route, WireNames.ParseRoute(route.ToWire())));
        Assert.All(Enum.GetValues<AnswerMode>(), mode => Assert.Equal(mode, WireNames.ParseMode(mode.ToWire())));
        Assert.Equal(["local", "cloud", "safety", "handoff", "smalltalk"], Enum.GetValues<Route>().Select(r => r.ToWire()));
        Assert.Throws<FormatException>(() => WireNames.ParseRoute("Local"));
    }
}
