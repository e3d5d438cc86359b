package com.siglume.sdrp.sample.reliability;

/**
 * The duplicate storms on the shop's embedded H2 database.
 */
class DuplicateStormH2Tests extends DuplicateStormTests {

    @Override
    String databaseName() {
        return "H2";
    }
}
