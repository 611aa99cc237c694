var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/alive", () => TypedResults.Ok("alive"));
app.Run();

public partial class Program;
