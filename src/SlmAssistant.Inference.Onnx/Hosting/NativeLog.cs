using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace SlmAssistant.Inference.Onnx.Hosting;

/// <summary>
/// Sends ONNX Runtime GenAI's native log (and the ONNX Runtime messages it relays, such as "Initializer lora.A
/// appears in graph inputs") to the application log at Debug instead of the process's stderr. The managed binding
/// exposes only <c>OgaSetLogBool</c>/<c>OgaSetLogString</c>, so the C API's <c>OgaSetLogCallback</c> is bound here.
/// The callback is process-wide: the most recently routed logger receives the messages.
/// </summary>
internal static class NativeLog
{
    private const string Library = "onnxruntime-genai";

    // Kept in a static field so the delegate outlives every native call into it.
    private static readonly LogCallback Callback = OnMessage;
    private static readonly Lock Gate = new();
    private static ILogger? CurrentLogger;
    private static bool Installed;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void LogCallback(IntPtr text, nuint length);

    /// <summary>Routes the native log to <paramref name="logger"/>; call before the first model loads.</summary>
    public static void RouteTo(ILogger logger)
    {
        lock (Gate)
        {
            Volatile.Write(ref CurrentLogger, logger);
            if (Installed)
            {
                return;
            }

            var result = OgaSetLogCallback(Callback);
            if (result != IntPtr.Zero)
            {
                var error = Marshal.PtrToStringUTF8(OgaResultGetError(result));
                OgaDestroyResult(result);
                logger.LogWarning("ONNX Runtime GenAI's native log could not be routed to the application log: {Error}", error);
                return;
            }

            Installed = true;
        }
    }

    private static void OnMessage(IntPtr text, nuint length)
    {
        if (Volatile.Read(ref CurrentLogger) is not { } logger || text == IntPtr.Zero)
        {
            return;
        }

        var message = Marshal.PtrToStringUTF8(text, (int)Math.Min(length, int.MaxValue)).TrimEnd();
        if (message.Length > 0)
        {
            logger.LogDebug("ONNX Runtime GenAI: {NativeMessage}", message);
        }
    }

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern IntPtr OgaSetLogCallback(LogCallback callback);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern IntPtr OgaResultGetError(IntPtr result);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void OgaDestroyResult(IntPtr result);
}
