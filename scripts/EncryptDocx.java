import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Encrypts a .docx with a password the way Word does (agile encryption: an OLE2 container holding
 * EncryptionInfo and EncryptedPackage), with Apache POI. Used by make-format-bad-inputs.sh:
 * java -cp POI_JARS scripts/EncryptDocx.java IN.docx OUT.docx PASSWORD
 */
public class EncryptDocx {
  public static void main(String[] args) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(args[2]);
      try (InputStream in = new FileInputStream(args[0]);
          OutputStream os = encryptor.getDataStream(fs)) {
        in.transferTo(os);
      }
      try (FileOutputStream out = new FileOutputStream(args[1])) {
        fs.writeFilesystem(out);
      }
    }
  }
}
