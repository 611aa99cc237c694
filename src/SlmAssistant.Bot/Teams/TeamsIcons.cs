namespace SlmAssistant.Bot.Teams;

/// <summary>
/// The two icons a Teams app needs, drawn in code: a 192×192 colour icon (a white speech bubble on the accent colour)
/// and a 32×32 outline icon (the bubble's white outline on transparency). Edges are anti-aliased by supersampling.
/// </summary>
public static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;
    private const int Samples = 4;

    public static byte[] Color(string accentColor)
    {
        var (r, g, b) = ParseColor(accentColor);
        return Render(ColorSize, (x, y) =>
        {
            // The bubble, with three dots of the accent colour showing through.
            var white = InBubble(x, y) && !InDot(x, y);
            return white ? (255, 255, 255, 255) : (r, g, b, 255);
        });
    }

    public static byte[] Outline() => Render(OutlineSize, (x, y) =>
    {
        const double stroke = 0.075;
        var edge = InBubble(x, y) && !(InBubble(x - stroke, y) && InBubble(x + stroke, y) && InBubble(x, y - stroke) && InBubble(x, y + stroke)
            && InBubble(x - stroke, y - stroke) && InBubble(x + stroke, y + stroke) && InBubble(x - stroke, y + stroke) && InBubble(x + stroke, y - stroke));
        return edge ? (255, 255, 255, 255) : (255, 255, 255, 0);
    });

    /// <summary>"#1F5F4A" to its components.</summary>
    public static (byte R, byte G, byte B) ParseColor(string color)
    {
        if (color.Length != 7 || color[0] != '#' || !uint.TryParse(color.AsSpan(1), System.Globalization.NumberStyles.HexNumber, null, out var value))
        {
            throw new ArgumentException($"'{color}' is not a colour of the form #RRGGBB.", nameof(color));
        }

        return ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    private static byte[] Render(int size, Func<double, double, (int R, int G, int B, int A)> shade)
    {
        var pixels = new byte[size * size * 4];
        for (var py = 0; py < size; py++)
        {
            for (var px = 0; px < size; px++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        var (cr, cg, cb, ca) = shade((px + ((sx + 0.5) / Samples)) / size, (py + ((sy + 0.5) / Samples)) / size);
                        r += cr * ca;
                        g += cg * ca;
                        b += cb * ca;
                        a += ca;
                    }
                }

                var i = ((py * size) + px) * 4;
                pixels[i + 3] = (byte)Math.Round(a / (Samples * Samples));
                if (a > 0)
                {
                    pixels[i] = (byte)Math.Round(r / a);
                    pixels[i + 1] = (byte)Math.Round(g / a);
                    pixels[i + 2] = (byte)Math.Round(b / a);
                }
            }
        }

        return PngEncoder.Encode(size, size, pixels);
    }

    // The bubble in unit coordinates: a rounded rectangle with a tail at its lower left.
    private static bool InBubble(double x, double y) => InRoundedRect(x, y, 0.16, 0.2, 0.84, 0.68, 0.12) || InTail(x, y);

    private static bool InRoundedRect(double x, double y, double left, double top, double right, double bottom, double radius)
    {
        if (x < left || x > right || y < top || y > bottom)
        {
            return false;
        }

        var cx = Math.Clamp(x, left + radius, right - radius);
        var cy = Math.Clamp(y, top + radius, bottom - radius);
        return ((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) <= radius * radius;
    }

    private static bool InTail(double x, double y)
    {
        // Triangle (0.28, 0.6) - (0.46, 0.6) - (0.26, 0.84).
        static double Side(double ax, double ay, double bx, double by, double px, double py) => ((bx - ax) * (py - ay)) - ((by - ay) * (px - ax));
        var d1 = Side(0.28, 0.6, 0.46, 0.6, x, y);
        var d2 = Side(0.46, 0.6, 0.26, 0.84, x, y);
        var d3 = Side(0.26, 0.84, 0.28, 0.6, x, y);
        return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
    }

    private static bool InDot(double x, double y)
    {
        foreach (var cx in (ReadOnlySpan<double>)[0.34, 0.5, 0.66])
        {
            if (((x - cx) * (x - cx)) + ((y - 0.44) * (y - 0.44)) <= 0.055 * 0.055)
            {
                return true;
            }
        }

        return false;
    }
}
