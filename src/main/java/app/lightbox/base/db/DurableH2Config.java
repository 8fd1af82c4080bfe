package app.lightbox.base.db;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link DsyncFilePath} before any bean, the data source among them, is created. */
@Configuration(proxyBeanMethods = false)
class DurableH2Config {

    @Bean
    static BeanFactoryPostProcessor registerDsyncFiles() {
        return beanFactory -> DsyncFilePath.register();
    }
}
