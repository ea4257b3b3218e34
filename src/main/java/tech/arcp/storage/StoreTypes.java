package tech.arcp.storage;

import java.util.List;
import java.util.ServiceLoader;

/** The store types listed in {@code META-INF/services/tech.arcp.storage.StorageFactory}. */
final class StoreTypes {
    private static final List<StorageFactory> ALL = ServiceLoader.load(StorageFactory.class,
            StorageFactory.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    private StoreTypes() {
    }

    static List<StorageFactory> all() {
        return ALL;
    }

    static List<String> names() {
        return ALL.stream().map(StorageFactory::type).toList();
    }
}
