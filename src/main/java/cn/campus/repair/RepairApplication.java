package cn.campus.repair;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RepairApplication {

  private static final String DATATYPE_FACTORY = "javax.xml.datatype.DatatypeFactory";
  private static final String JDK_DATATYPE_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

  public static void main(String[] args) {
    // Camunda asks for a new DatatypeFactory for each timer it schedules (each of our user tasks has
    // one); named, the JDK's own is found without scanning every jar on the class path, which cost
    // about 1 % of the request threads' CPU under load.
    if (System.getProperty(DATATYPE_FACTORY) == null) {
      System.setProperty(DATATYPE_FACTORY, JDK_DATATYPE_FACTORY);
    }
    SpringApplication.run(RepairApplication.class, args);
  }
}
