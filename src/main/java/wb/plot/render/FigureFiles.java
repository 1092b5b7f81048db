package wb.plot.render;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.knowm.xchart.VectorGraphicsEncoder;
import wb.io.AtomicFiles;

/**
 * Figure files: PNG and JPEG through ImageIO (with the figure's dpi recorded), SVG through
 * XChart's VectorGraphics2D encoder, PDF through the pdfbox graphics2d encoder. Every format is
 * byte-for-byte reproducible: no timestamps, fixed PDF metadata and document id.
 */
public final class FigureFiles {

    /** A file format and its extensions. */
    public enum Format {
        PNG("png"), SVG("svg"), PDF("pdf"), JPG("jpg", "jpeg");

        private final String[] extensions;

        Format(String... extensions) {
            this.extensions = extensions;
        }

        /**
         * The format a file name's extension selects (case-insensitive).
         *
         * @throws IllegalArgumentException naming the supported extensions when there is none
         */
        public static Format of(Path path) {
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                for (String e : f.extensions) {
                    if (e.equals(ext)) {
                        return f;
                    }
                }
            }
            throw new IllegalArgumentException("save: cannot tell the format of \"" + path + "\" from "
                    + (ext.isEmpty() ? "a name without extension" : "the extension ." + ext)
                    + "; supported: .png, .svg, .pdf, .jpg (.jpeg)");
        }
    }

    /** Coordinates in vector files are rounded to 1/16 pixel: exact in binary, short in text. */
    static final double VECTOR_QUANTUM = 1.0 / 16;

    private FigureFiles() {
    }

    /** Saves {@code f} to {@code path} in the format its extension names, atomically; returns the path. */
    public static Path save(FigureSpec f, Path path) {
        if (path == null) {
            throw new IllegalArgumentException("save: the path is null");
        }
        Format format = Format.of(path);
        // render before opening the file, so a failing figure never leaves a temp file behind
        byte[] bytes = bytes(f, format);
        try {
            AtomicFiles.write(path, out -> out.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("save: cannot write " + path + ": " + AtomicFiles.reason(e), e);
        }
        return path;
    }

    /** The figure encoded in {@code format}. */
    public static byte[] bytes(FigureSpec f, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            write(f, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding " + format + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Writes the figure encoded in {@code format} to {@code out} (not closed). */
    public static void write(FigureSpec f, Format format, OutputStream out) throws IOException {
        switch (format) {
            case PNG:
                raster(Painter.image(f), "png", f.dpi(), out);
                break;
            case JPG:
                raster(Painter.image(f), "jpeg", f.dpi(), out);
                break;
            case SVG:
                svg(f, out);
                break;
            case PDF:
                pdf(f, out);
                break;
            default:
                throw new AssertionError(format);
        }
    }

    @SuppressWarnings("deprecation")
    private static void svg(FigureSpec f, OutputStream out) throws IOException {
        VectorGraphicsEncoder.saveVectorGraphic(new FigureChart(f, VECTOR_QUANTUM), out,
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }

    private static void pdf(FigureSpec f, OutputStream out) throws IOException {
        int w = f.width();
        int h = f.height();
        float scale = (float) (72.0 / f.dpi());
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w * scale, h * scale));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            try {
                new FigureChart(f, VECTOR_QUANTUM).paint(g, w, h);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(Matrix.getScaleInstance(scale, scale));
                cs.drawForm(g.getXFormObject());
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setProducer("wb");
            info.setTitle(f.title() != null ? RichText.plain(f.title()) : f.name());
            doc.setDocumentInformation(info);
            // a fixed document id: pdfbox would otherwise derive one from the clock
            COSArray id = new COSArray();
            COSString part = new COSString(("wb:" + f.name()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            id.add(part);
            id.add(part);
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            doc.save(out);
        }
    }

    private static void raster(BufferedImage img, String type, double dpi, OutputStream out) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(type);
        if (!it.hasNext()) {
            throw new IOException("no ImageIO writer for " + type);
        }
        ImageWriter writer = it.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(new wb.io.NonClosingOutputStream(out))) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (type.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.95f);
            }
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            setDpi(meta, type, dpi);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    private static void setDpi(IIOMetadata meta, String type, double dpi) throws IIOInvalidTreeException {
        if (type.equals("png")) {
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            long perMetre = Math.round(dpi / 0.0254);
            phys.setAttribute("pixelsPerUnitXAxis", Long.toString(perMetre));
            phys.setAttribute("pixelsPerUnitYAxis", Long.toString(perMetre));
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
        } else {
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_jpeg_image_1.0");
            IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
            if (jfif != null) {
                jfif.setAttribute("resUnits", "1");
                jfif.setAttribute("Xdensity", Long.toString(Math.round(dpi)));
                jfif.setAttribute("Ydensity", Long.toString(Math.round(dpi)));
                meta.setFromTree("javax_imageio_jpeg_image_1.0", root);
            }
        }
    }
}
