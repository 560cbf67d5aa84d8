package intake;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Package rules of ARCHITECTURE.md: the pipeline core is plain Java.
 */
@AnalyzeClasses(packages = "intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule pipelineCoreIsPlainJava = noClasses().that()
		.resideInAnyPackage("intake.source..", "intake.schema..", "intake.mapping..", "intake.validate..",
				"intake.plan..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
				"tools.jackson..", "intake.job..", "intake.api..", "intake.crm..", "intake.load..", "intake.web..")
		.because("the pipeline core is plain Java, reused by the API, the wizard and the command line");

	@ArchTest
	static final ArchRule schemaDependsOnNothingElse = noClasses().that()
		.resideInAPackage("intake.schema..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("intake.mapping..", "intake.validate..", "intake.plan..", "intake.source..");

	@ArchTest
	static final ArchRule apiUsesTheJobFacadeNotTheDatabase = noClasses().that()
		.resideInAPackage("intake.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("java.sql..", "org.springframework.jdbc..", "intake.load..");

}
