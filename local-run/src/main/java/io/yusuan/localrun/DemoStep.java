package io.yusuan.localrun;

/** One piece of demo data, loaded through the services' APIs unless it is there already. */
interface DemoStep {

    /**
     * Loads the data unless the services have it already; safe to run again at every start.
     *
     * @throws DemoDataException when a service refuses or fails a call
     */
    DemoOutcome load(ServiceCalls calls) throws InterruptedException;
}
